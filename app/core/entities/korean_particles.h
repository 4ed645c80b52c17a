#pragma once

#include <QString>
#include <QStringList>

namespace dokhae::entities {

// True when `rest` is a chain of Korean particles and noun endings (는, 에서는, 으로도, 들의, 측은, …)
// that can follow a noun ending in `stemLast`. The first particle must agree with the stem's final
// consonant: 이/은/을/과/으로 need one, 가/는/를/와 need none. That is what keeps 화웨이 whole:
// 화웨 + 이 is not a valid split because 웨 has no final consonant. An empty rest is a chain.
bool isParticleChain(QStringView rest, QChar stemLast);

// The longest particle chain that `word` ends with, leaving a stem of at least `minStem` characters,
// as the stem's length. Names in `keepWhole` (compared by nameKey) are never cut. Returns word.size()
// when nothing can be stripped.
qsizetype stemLength(QStringView word, qsizetype minStem = 2);
qsizetype stemLength(QStringView word, const QStringList &keepWhole, qsizetype minStem = 2);

// The stem itself: stripParticles(u"딥시크는") == u"딥시크".
QString stripParticles(QStringView word, qsizetype minStem = 2);

} // namespace dokhae::entities
