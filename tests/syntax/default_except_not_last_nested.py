def f():
    for x in y:
        try:
            pass
        except:
            pass
        except (TypeError, ValueError) as e:
            pass
