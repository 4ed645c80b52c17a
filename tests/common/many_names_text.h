// A text that names thousands of distinct organizations with their originals, the shape that made
// entity discovery quadratic: "이름나텍(Nameb)는 새 모델을 공개했다." once per name, all names
// beginning with the same syllable and the same letter, on one line. Shared by the entity tests
// and bench_entities.
#pragma once

#include <QString>
#include <QStringList>

namespace dokhae::test {

// The index written in digits of a base made of `alphabet`: distinct for every index.
inline QString spelledIndex(int index, QStringView alphabet)
{
    QString spelled;
    for (int rest = index + 1; rest > 0; rest /= int(alphabet.size()))
        spelled.append(alphabet.at(rest % alphabet.size()));
    return spelled;
}

inline QString manyNamesKorean(int index)
{
    // A fixed last syllable: a name ending as a verb or a particle would (…다, …는) is rightly no name.
    return QStringLiteral("이름") + spelledIndex(index, u"가나다라마바사아자차카타파하거너더러머버서어저처커터퍼허")
           + QStringLiteral("텍");
}

inline QString manyNamesLatin(int index)
{
    return QStringLiteral("Name") + spelledIndex(index, u"abcdefghijklmnopqrstuvwxyz");
}

inline QString manyNamesText(int count)
{
    QStringList sentences;
    sentences.reserve(count);
    for (int i = 0; i < count; ++i)
        sentences << QStringLiteral("%1(%2)는 새 모델을 공개했다.").arg(manyNamesKorean(i), manyNamesLatin(i));
    return sentences.join(u' ');
}

} // namespace dokhae::test
