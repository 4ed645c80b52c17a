#include "entities/korean_particles.h"

#include "entities/name_key.h"

#include <algorithm>
#include <array>

namespace dokhae::entities {

namespace {

enum class After { Any, Consonant, Vowel, VowelOrRieul };

struct Particle {
    QStringView text;
    After after;
};

// Case particles, delimiters and the noun endings news text glues to names (들, 측, 등).
// Copula forms (이다, 이라는) are here because "딥시크라는 회사" names 딥시크 too.
constexpr std::array particles = {
    Particle{u"에서", After::Any},   Particle{u"에게", After::Any},     Particle{u"께서", After::Any},
    Particle{u"으로", After::Consonant}, Particle{u"로", After::VowelOrRieul},
    Particle{u"로서", After::VowelOrRieul}, Particle{u"로써", After::VowelOrRieul},
    Particle{u"까지", After::Any},   Particle{u"부터", After::Any},     Particle{u"처럼", After::Any},
    Particle{u"보다", After::Any},   Particle{u"만큼", After::Any},     Particle{u"마저", After::Any},
    Particle{u"조차", After::Any},   Particle{u"한테", After::Any},     Particle{u"이나", After::Consonant},
    Particle{u"나", After::Vowel},   Particle{u"이라는", After::Consonant}, Particle{u"라는", After::Vowel},
    Particle{u"이라고", After::Consonant}, Particle{u"라고", After::Vowel}, Particle{u"이란", After::Consonant},
    Particle{u"란", After::Vowel},   Particle{u"이며", After::Consonant}, Particle{u"며", After::Vowel},
    Particle{u"이고", After::Consonant}, Particle{u"이자", After::Consonant}, Particle{u"이다", After::Consonant},
    Particle{u"였다", After::Vowel}, Particle{u"이었다", After::Consonant}, Particle{u"이지만", After::Consonant},
    Particle{u"은", After::Consonant}, Particle{u"는", After::Vowel},   Particle{u"이", After::Consonant},
    Particle{u"가", After::Vowel},   Particle{u"을", After::Consonant}, Particle{u"를", After::Vowel},
    Particle{u"과", After::Consonant}, Particle{u"와", After::Vowel},   Particle{u"의", After::Any},
    Particle{u"에", After::Any},     Particle{u"도", After::Any},
    Particle{u"만", After::Any},     Particle{u"들", After::Any},       Particle{u"측", After::Any},
    Particle{u"등", After::Any},     Particle{u"랑", After::Vowel},     Particle{u"이랑", After::Consonant},
    Particle{u"엔", After::Any},     Particle{u"께", After::Any},       Particle{u"씨", After::Any},
};

bool agrees(After after, QChar stemLast)
{
    if (!isHangulSyllable(stemLast))
        return true; // after Latin letters or digits the writer's reading decides; accept both forms
    switch (after) {
    case After::Any: return true;
    case After::Consonant: return hasFinalConsonant(stemLast);
    case After::Vowel: return !hasFinalConsonant(stemLast);
    case After::VowelOrRieul: return !hasFinalConsonant(stemLast) || finalConsonantIsRieul(stemLast);
    }
    return true;
}

// Each particle agrees with what precedes it: the stem, or the particle before it (들은, 에서는).
bool chainFrom(QStringView rest, QChar previous)
{
    if (rest.isEmpty())
        return true;
    for (const Particle &particle : particles) {
        if (rest.startsWith(particle.text) && agrees(particle.after, previous)
            && chainFrom(rest.mid(particle.text.size()), particle.text.back()))
            return true;
    }
    return false;
}

} // namespace

bool isParticleChain(QStringView rest, QChar stemLast)
{
    return rest.size() <= 6 && chainFrom(rest, stemLast);
}

qsizetype stemLength(QStringView word, const QStringList &keepWhole, qsizetype minStem)
{
    const QString wordKey = nameKey(word);
    for (const QString &name : keepWhole) {
        if (nameKey(name) == wordKey)
            return word.size();
    }
    // A stem has at least one character: a particle chain is read after the stem's last one.
    for (qsizetype stem = std::max<qsizetype>(minStem, 1); stem < word.size(); ++stem) {
        if (isParticleChain(word.mid(stem), word.at(stem - 1)))
            return stem;
    }
    return word.size();
}

qsizetype stemLength(QStringView word, qsizetype minStem)
{
    return stemLength(word, {}, minStem);
}

QString stripParticles(QStringView word, qsizetype minStem)
{
    return word.left(stemLength(word, minStem)).toString();
}

} // namespace dokhae::entities
