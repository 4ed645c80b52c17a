#include "search/snippet.h"

#include "search/query_phrases.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace dokhae::search {

namespace {

// FTS5's scores: a phrase's first hit in a window counts far more than its repeats, and a window
// that starts a sentence (the column's first one above all) beats one that only centres the hits.
constexpr int kNewPhraseScore = 1000;
constexpr int kRepeatedPhraseScore = 1;
constexpr int kFirstSentenceBonus = 120;
constexpr int kSentenceBonus = 100;

constexpr int kNoToken = -1;

// The distinct tokens of the query's phrases; a document token is looked up here once. Every
// letter and bigram of Korean text is at most 8 bytes, so nearly every comparison is of one integer.
class Vocabulary {
public:
    int idOf(const std::string &text) const
    {
        const std::uint64_t head = headOf(text);
        if ((m_filter & filterBitOf(head)) == 0)
            return kNoToken;  // most of a text's tokens: no query token starts the same way
        for (std::size_t i = 0; i < m_tokens.size(); ++i) {
            if (m_heads[i] == head && m_tokens[i].size() == text.size()
                && (text.size() <= sizeof head || m_tokens[i] == text))
                return static_cast<int>(i);
        }
        return kNoToken;
    }
    int add(const std::string &text)
    {
        const int id = idOf(text);
        if (id != kNoToken)
            return id;
        m_tokens.push_back(text);
        m_heads.push_back(headOf(text));
        m_filter |= filterBitOf(m_heads.back());
        return static_cast<int>(m_tokens.size() - 1);
    }

private:
    // A fixed-size copy is one load where a copy of the token's length was a call: every
    // std::string holds at least 15 bytes, and on a little-endian machine those past the token's
    // end are the high ones, masked off.
    static std::uint64_t headOf(const std::string &text)
    {
        std::uint64_t head = 0;
        if (std::endian::native != std::endian::little || text.capacity() < sizeof head) {
            std::memcpy(&head, text.data(), std::min(text.size(), sizeof head));
            return head;
        }
        std::memcpy(&head, text.data(), sizeof head);
        if (text.size() < sizeof head)
            head &= (std::uint64_t{1} << (8 * text.size())) - 1;
        return head;
    }

    // One of 64 bits for a head, picked by the top bits of a multiplicative hash.
    static std::uint64_t filterBitOf(std::uint64_t head)
    {
        constexpr std::uint64_t kGoldenRatio = 0x9E3779B97F4A7C15ull;
        return std::uint64_t{1} << ((head * kGoldenRatio) >> 58);
    }

    std::vector<std::string> m_tokens;
    std::vector<std::uint64_t> m_heads;  // each token's first 8 bytes
    std::uint64_t m_filter = 0;          // the bits of every head
};

struct Phrase {
    std::vector<int> tokenIds;
    int size() const { return static_cast<int>(tokenIds.size()); }
};

// A phrase found at a position, as FTS5's xInst reports it.
struct Instance {
    int position = 0;
    int phrase = 0;
};

struct Span {
    int startByte = 0;
    int endByte = 0;
};

// One column (title or text) as the index reads it.
struct Column {
    std::string_view utf8;
    std::vector<Span> spans;          // byte span of each position's own (not colocated) token
    std::vector<int> sentenceStarts;  // positions that begin a sentence, as FTS5 finds them
    std::vector<Instance> instances;  // by position, then phrase
    int size() const { return static_cast<int>(spans.size()); }
};

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// FTS5 starts a sentence at a token preceded by a full stop or colon and then whitespace.
bool startsSentence(std::string_view utf8, int startByte)
{
    int i = startByte - 1;
    while (i >= 0 && isBlank(utf8[static_cast<std::size_t>(i)]))
        --i;
    return i >= 0 && i != startByte - 1 && (utf8[static_cast<std::size_t>(i)] == '.' || utf8[static_cast<std::size_t>(i)] == ':');
}

Column readColumn(std::string_view utf8, const Vocabulary &vocabulary, const std::vector<Phrase> &phrases)
{
    Column column{utf8, {}, {}, {}};
    // The query tokens at each position: its own token and the bigram colocated with it.
    std::vector<std::array<int, 2>> ids;
    ids.reserve(utf8.size() / 3 + 1);  // Korean letters are 3 bytes
    column.spans.reserve(utf8.size() / 3 + 1);
    forEachIndexedToken(utf8, [&](const Token &token, int position) {
        if (position == column.size()) {
            if (position == 0 || startsSentence(utf8, token.startByte))
                column.sentenceStarts.push_back(position);
            column.spans.push_back({token.startByte, token.endByte});
            ids.push_back({vocabulary.idOf(token.text), kNoToken});
        } else {
            ids.back()[1] = vocabulary.idOf(token.text);
        }
    });
    const auto holds = [&ids](int position, int id) { return ids[position][0] == id || ids[position][1] == id; };
    for (int position = 0; position < column.size(); ++position) {
        if (ids[static_cast<std::size_t>(position)] == std::array<int, 2>{kNoToken, kNoToken})
            continue;  // no phrase starts where no query token stands
        for (int p = 0; p < static_cast<int>(phrases.size()); ++p) {
            const Phrase &phrase = phrases[static_cast<std::size_t>(p)];
            if (position + phrase.size() > column.size())
                continue;
            bool found = true;
            for (int k = 0; found && k < phrase.size(); ++k)
                found = holds(position + k, phrase.tokenIds[static_cast<std::size_t>(k)]);
            if (found)
                column.instances.push_back({position, p});
        }
    }
    return column;
}

struct Window {
    int score = 0;
    int start = 0;  // where a snippet showing the window's hits centred would start
};

// The score of the window [from, from + tokens) and where to start to centre its hits.
Window scoreWindow(const Column &column, const std::vector<Phrase> &phrases, int from, int tokens)
{
    std::vector<char> seen(phrases.size(), 0);
    Window window;
    int first = -1;
    int last = 0;
    for (const Instance &instance : column.instances) {
        if (instance.position < from || instance.position >= from + tokens)
            continue;
        window.score += seen[static_cast<std::size_t>(instance.phrase)] ? kRepeatedPhraseScore : kNewPhraseScore;
        seen[static_cast<std::size_t>(instance.phrase)] = 1;
        if (first < 0)
            first = instance.position;
        last = instance.position + phrases[static_cast<std::size_t>(instance.phrase)].size();
    }
    int start = first - (tokens - (last - first)) / 2;
    if (start + tokens > column.size())
        start = column.size() - tokens;
    window.start = std::max(start, 0);
    return window;
}

struct Choice {
    int column = 0;
    int start = 0;
};

Choice chooseWindow(const std::array<Column, 2> &columns, const std::vector<Phrase> &phrases, int tokens)
{
    Choice best;
    int bestScore = 0;
    for (int c = 0; c < 2; ++c) {
        const Column &column = columns[static_cast<std::size_t>(c)];
        for (const Instance &instance : column.instances) {
            const Window centred = scoreWindow(column, phrases, instance.position, tokens);
            if (centred.score > bestScore) {
                bestScore = centred.score;
                best = {c, centred.start};
            }
            if (column.sentenceStarts.empty() || column.size() <= tokens)
                continue;
            // The sentence this hit is in, if it starts before the hit.
            const auto after = std::upper_bound(column.sentenceStarts.begin() + 1, column.sentenceStarts.end(), instance.position);
            const int sentence = *(after - 1);
            if (sentence >= instance.position)
                continue;
            const int score = scoreWindow(column, phrases, sentence, tokens).score
                            + (sentence == 0 ? kFirstSentenceBonus : kSentenceBonus);
            if (score > bestScore) {
                bestScore = score;
                best = {c, sentence};
            }
        }
    }
    return best;
}

// The hits of a column with overlapping ones merged, in order, each [start, end] in positions.
struct Hit {
    int start = 0;
    int end = 0;
};

std::vector<Hit> mergedHits(const Column &column, const std::vector<Phrase> &phrases)
{
    std::vector<Hit> hits;
    for (const Instance &instance : column.instances) {
        const int end = instance.position + phrases[static_cast<std::size_t>(instance.phrase)].size() - 1;
        if (!hits.empty() && instance.position <= hits.back().end)
            hits.back().end = std::max(hits.back().end, end);
        else
            hits.push_back({instance.position, end});
    }
    return hits;
}

void append(std::string &out, std::string_view utf8, int from, int to)
{
    out.append(utf8.substr(static_cast<std::size_t>(from), static_cast<std::size_t>(to - from)));
}

// The markers in UTF-8, made once.
const std::string &utf8Of(char16_t c)
{
    static const std::string ellipsis = QString(QChar(kSnippetEllipsis)).toStdString();
    static const std::string open = QString(kHitOpen).toStdString();
    static const std::string close = QString(kHitClose).toStdString();
    return c == kSnippetEllipsis ? ellipsis : c == kHitOpen.unicode() ? open : close;
}

void appendChar(std::string &out, char16_t c)
{
    out += utf8Of(c);
}

// The window [start, start + tokens) of the column with its hits marked. A hit that begins before
// the window is not marked; one that runs past its end is marked up to the end.
std::string markWindow(const Column &column, const std::vector<Phrase> &phrases, int start, int tokens)
{
    std::string out;
    if (start > 0)
        appendChar(out, kSnippetEllipsis);
    const std::vector<Hit> hits = mergedHits(column, phrases);
    auto hit = std::find_if(hits.begin(), hits.end(), [start](const Hit &h) { return h.start >= start; });
    const int end = start + tokens - 1;
    int copied = start > 0 && start < column.size() ? column.spans[static_cast<std::size_t>(start)].startByte : 0;
    bool open = false;
    for (int position = start; position <= std::min(end, column.size() - 1); ++position) {
        const Span span = column.spans[static_cast<std::size_t>(position)];
        if (hit != hits.end() && position == hit->start) {
            append(out, column.utf8, copied, span.startByte);
            appendChar(out, kHitOpen.unicode());
            copied = span.startByte;
            open = true;
        }
        if (hit != hits.end() && position == hit->end) {
            append(out, column.utf8, copied, span.endByte);
            appendChar(out, kHitClose.unicode());
            copied = span.endByte;
            open = false;
            ++hit;
        }
        if (position == end) {
            append(out, column.utf8, copied, span.endByte);
            copied = span.endByte;
            if (open)
                appendChar(out, kHitClose.unicode());
        }
    }
    if (end >= column.size() - 1)
        append(out, column.utf8, copied, static_cast<int>(column.utf8.size()));
    else
        appendChar(out, kSnippetEllipsis);
    return out;
}

} // namespace

QString makeSnippet(const QString &title, const QString &text, const QList<QueryTerm> &terms, int tokens)
{
    Vocabulary vocabulary;
    std::vector<Phrase> phrases;
    for (const QueryPhrase &queryPhrase : queryPhrases(terms)) {
        Phrase phrase;
        for (const Token &token : queryPhrase.tokens)
            phrase.tokenIds.push_back(vocabulary.add(token.text));
        phrases.push_back(std::move(phrase));
    }
    const std::string titleUtf8 = title.toStdString();
    const std::string textUtf8 = text.toStdString();
    const std::array<Column, 2> columns{readColumn(titleUtf8, vocabulary, phrases), readColumn(textUtf8, vocabulary, phrases)};
    const Choice choice = chooseWindow(columns, phrases, tokens);
    return QString::fromStdString(markWindow(columns[static_cast<std::size_t>(choice.column)], phrases, choice.start, tokens));
}

} // namespace dokhae::search
