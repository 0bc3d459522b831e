# try / except / else / finally in every combination.
try:
    pass
except:
    pass

try:
    risky()
except ValueError:
    handle()

try:
    risky()
except ValueError as e:
    print(e)
except (TypeError, KeyError) as e:
    print(e)
except (OSError):
    pass
except Exception:
    raise
except:
    pass
else:
    ok()
finally:
    cleanup()

try:
    pass
finally:
    pass

try:
    pass
except Exception:
    pass
finally:
    pass

try:
    pass
except E:
    pass
else:
    pass

try:
    try:
        inner()
    except KeyError:
        raise ValueError("x") from None
    finally:
        inner_cleanup()
except ValueError as err:
    try:
        recover(err)
    except:
        pass
finally:
    outer_cleanup()

try:
    pass
except module.CustomError as e:
    pass
except errors[0]:
    pass
except get_error_class() as e:
    pass
except (A, B, *more):
    pass

def f():
    try:
        return 1
    except Exception as exc:
        return exc
    else:
        return 2
    finally:
        return 3

for i in range(3):
    try:
        continue
    finally:
        break

try: x = 1
except: x = 2
else: x = 3
finally: x = 4
