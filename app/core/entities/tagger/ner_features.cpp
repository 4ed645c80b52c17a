#include "entities/tagger/ner_features.h"

#include "entities/korean_particles.h"
#include "entities/name_key.h"

#include <algorithm>

namespace dokhae::entities {

namespace {

constexpr char16_t kBeforeText = 0x0002;
constexpr char16_t kAfterText = 0x0003;

// A hash of small values that is the same on every machine and every run (qHash is seeded).
class FeatureHash
{
public:
    explicit FeatureHash(quint32 featureTemplate) { add(featureTemplate + 0x51ed27u); }
    FeatureHash &add(quint32 value)
    {
        m_hash = (m_hash ^ value) * 0x9e3779b1u;
        m_hash ^= m_hash >> 15;
        return *this;
    }
    FeatureHash &add(QStringView text)
    {
        for (QChar c : text)
            add(c.unicode());
        return add(0xffffu); // keeps ("ab","c") apart from ("a","bc")
    }
    quint32 value() const
    {
        quint32 h = m_hash; // murmur3's finalizer: every input bit reaches every output bit
        h ^= h >> 16;
        h *= 0x85ebca6bu;
        h ^= h >> 13;
        h *= 0xc2b2ae35u;
        h ^= h >> 16;
        return h;
    }

private:
    quint32 m_hash = 2166136261u;
};

char16_t characterClass(char16_t c)
{
    const QChar ch(c);
    if (c == kBeforeText || c == kAfterText)
        return u'B';
    if (isHangulSyllable(ch))
        return u'H';
    if (c >= 0x3131 && c <= 0x318e)
        return u'J';
    if (isHan(ch))
        return u'C';
    if (ch.isDigit())
        return u'D';
    if (isLatinLetter(ch))
        return ch.isUpper() ? u'A' : u'a';
    if (ch.isSpace())
        return u'S';
    if (ch.isPunct() || ch.isSymbol())
        return u'P';
    return u'O';
}

// A space-delimited word: its core without surrounding punctuation, and the core's stem (the
// core without its particle chain).
struct WordSpan {
    qsizetype start = 0, end = 0;
    qsizetype coreStart = 0, coreEnd = 0, stemEnd = 0;
};

QList<WordSpan> wordsOf(QStringView text)
{
    QList<WordSpan> words;
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i).isSpace()) {
            ++i;
            continue;
        }
        WordSpan word;
        word.start = i;
        while (i < text.size() && !text.at(i).isSpace())
            ++i;
        word.end = i;
        word.coreStart = word.start;
        while (word.coreStart < word.end && !isWordChar(text.at(word.coreStart)))
            ++word.coreStart;
        word.coreEnd = word.end;
        while (word.coreEnd > word.coreStart && !isWordChar(text.at(word.coreEnd - 1)))
            --word.coreEnd;
        const QStringView core = text.mid(word.coreStart, word.coreEnd - word.coreStart);
        word.stemEnd = word.coreStart + (core.isEmpty() ? 0 : stemLength(core, 1));
        words.append(word);
    }
    return words;
}

// Where a unit sits: 0 outside any word's core (space, punctuation), 1 in the stem, 2 in the
// particles after it.
quint32 regionOf(const WordSpan *word, qsizetype i)
{
    if (!word || i < word->coreStart || i >= word->coreEnd)
        return 0;
    return i < word->stemEnd ? 1 : 2;
}

} // namespace

NerFeatures::NerFeatures(QStringView text)
{
    const qsizetype n = text.size();
    m_ids.resize(std::size_t(n) * kPerPosition);
    auto charAt = [&](qsizetype i) -> char16_t {
        if (i < 0)
            return kBeforeText;
        if (i >= n)
            return kAfterText;
        const QChar c = text.at(i);
        return c.isDigit() ? u'0' : c.unicode();
    };
    auto classAt = [&](qsizetype i) { return characterClass(charAt(i)); };

    const QList<WordSpan> words = wordsOf(text);
    std::vector<int> wordOf(std::size_t(n), -1);
    for (int w = 0; w < words.size(); ++w)
        std::fill(wordOf.begin() + words.at(w).start, wordOf.begin() + words.at(w).end, w);
    const QStringView none;
    auto coreOf = [&](int w) { return w < 0 || w >= words.size() ? none : text.mid(words.at(w).coreStart, words.at(w).coreEnd - words.at(w).coreStart); };
    auto stemOf = [&](int w) { return w < 0 || w >= words.size() ? none : text.mid(words.at(w).coreStart, words.at(w).stemEnd - words.at(w).coreStart); };
    auto particlesOf = [&](int w) { return w < 0 || w >= words.size() ? none : text.mid(words.at(w).stemEnd, words.at(w).coreEnd - words.at(w).stemEnd); };

    for (qsizetype i = 0; i < n; ++i) {
        const int w = wordOf[std::size_t(i)];
        const WordSpan *word = w >= 0 ? &words.at(w) : nullptr;
        const quint32 region = regionOf(word, i);
        const QStringView core = coreOf(w), stem = stemOf(w), particles = particlesOf(w);
        const QStringView next = coreOf(w < 0 ? -1 : w + 1), previousStem = stemOf(w - 1);
        const quint32 fromCoreStart = word ? quint32(std::clamp<qsizetype>(i - word->coreStart, -1, 5) + 1) : 0;
        const quint32 toStemEnd = word ? quint32(std::clamp<qsizetype>(word->stemEnd - i, -1, 5) + 1) : 0;
        // B, M, E or S of the unit in its word's core, 0 outside it.
        quint32 wordPosition = 0;
        if (region != 0) {
            const bool first = i == word->coreStart, last = i + 1 == word->coreEnd;
            wordPosition = first && last ? 'S' : first ? 'B' : last ? 'E' : 'M';
        }

        quint32 *out = m_ids.data() + i * kPerPosition;
        int k = 0;
        auto put = [&](const FeatureHash &hash) { out[k++] = hash.value(); };
        put(FeatureHash(0));
        for (int offset = -2; offset <= 2; ++offset)
            put(FeatureHash(1 + quint32(offset + 2)).add(charAt(i + offset)));
        put(FeatureHash(6).add(charAt(i - 1)).add(charAt(i)));
        put(FeatureHash(7).add(charAt(i)).add(charAt(i + 1)));
        put(FeatureHash(8).add(charAt(i - 2)).add(charAt(i - 1)));
        put(FeatureHash(9).add(charAt(i + 1)).add(charAt(i + 2)));
        put(FeatureHash(10).add(charAt(i - 1)).add(charAt(i)).add(charAt(i + 1)));
        put(FeatureHash(11).add(charAt(i - 2)).add(charAt(i - 1)).add(charAt(i)));
        put(FeatureHash(12).add(charAt(i)).add(charAt(i + 1)).add(charAt(i + 2)));
        put(FeatureHash(13).add(classAt(i - 1)).add(classAt(i)).add(classAt(i + 1)));
        put(FeatureHash(14).add(classAt(i - 2)).add(classAt(i - 1)).add(classAt(i)).add(classAt(i + 1)).add(classAt(i + 2)));
        put(FeatureHash(15).add(wordPosition).add(charAt(i)));
        put(FeatureHash(16).add(core).add(region));
        put(FeatureHash(17).add(stem).add(region));
        put(FeatureHash(18).add(particles).add(region));
        put(FeatureHash(19).add(fromCoreStart).add(quint32(std::min<qsizetype>(stem.size(), 6))));
        put(FeatureHash(20).add(toStemEnd).add(particles));
        put(FeatureHash(21).add(next.left(2)).add(region));
        put(FeatureHash(22).add(next.left(1)).add(toStemEnd));
        put(FeatureHash(23).add(previousStem.right(2)).add(region));
        put(FeatureHash(24).add(charAt(i)).add(next.left(2)));
        put(FeatureHash(25).add(stem.right(2)).add(toStemEnd));
        put(FeatureHash(26).add(stem.left(1)).add(fromCoreStart));
        Q_ASSERT(k == kPerPosition);
    }
}

} // namespace dokhae::entities
