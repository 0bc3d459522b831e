# Non-ASCII identifiers, including ones NFKC normalisation changes.
café = 1
naïve = 2
größe = 3
π = 3.14159
Δx = 0.1
αβγ = π * 2
日本 = "Japan"
переменная = 4
変数_1 = 5
_ü = 6
ﬁle = 7
ℌ = 8
𝔘𝔫𝔦𝔠𝔬𝔡𝔢 = 9
ｆｕｌｌｗｉｄｔｈ = 11
Ω = 12
Å = 13
def 関数(引数, *残り, キー=None, **辞書):
    return 引数
class Ñandú:
    atributo_ñ = "ñ"
    def método(self):
        return self.atributo_ñ
obj.ñame = café
print(ℌ, ﬁle, 𝔘𝔫𝔦𝔠𝔬𝔡𝔢, ｆｕｌｌｗｉｄｔｈ)
import é_module as ümodule
from ﬁlters import ℌandler
lambda ɑ: ɑ
[λ for λ in range(3)]
f"{café} {π:.2f}"
