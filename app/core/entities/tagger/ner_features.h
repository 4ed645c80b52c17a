#pragma once

#include <QString>

#include <span>
#include <vector>

namespace dokhae::entities {

// What the name tagger knows of each UTF-16 unit of a text: a fixed number of hashed feature ids
// per position. Training and tagging both read a text through this class, so a model sees at run
// time exactly the features it was trained on; a change here is a change of kVersion, and a model
// of another version is refused.
//
// The features: the characters in a window of five (digits folded to 0) and their bigrams and
// trigrams; character classes (Hangul, Hanja, Latin case, digit, punctuation, space); where the
// unit sits in its space-delimited word; the word, its stem and the particles after it (see
// korean_particles.h: 경찰은 is 경찰 + 은); the ends of the stem (…부, …대학, …씨); and the words
// on either side (a name before 기자 or 씨, after 대표).
class NerFeatures
{
public:
    static constexpr quint32 kVersion = 1;
    static constexpr int kPerPosition = 27;

    explicit NerFeatures(QStringView text);

    qsizetype size() const { return qsizetype(m_ids.size() / kPerPosition); }
    std::span<const quint32> at(qsizetype position) const
    {
        return {m_ids.data() + position * kPerPosition, std::size_t(kPerPosition)};
    }

private:
    std::vector<quint32> m_ids;
};

} // namespace dokhae::entities
