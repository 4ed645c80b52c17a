// Anchoring annotations in changed texts: the bit-parallel matcher against a plain dynamic-programming
// reference, and anchorQuote on the seeds' reading texts edited the ways articles change.
#include "annotations/anchoring.h"
#include "annotations/approximate_match.h"
#include "annotations/banded_alignment.h"
#include "text/text_normalizer.h"

#include <QFile>
#include <QTest>

#include <algorithm>
#include <random>
#include <utility>
#include <vector>

using namespace dokhae;
using namespace dokhae::annotations;

namespace {

// A seed's reading text: its paragraphs, NFC, whitespace collapsed, one '\n' between them.
QString seedText(const QString &fileName)
{
    QFile file(QStringLiteral(DOKHAE_SEEDS_DIR "/") + fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return text::joinParagraphs(text::splitParagraphs(QString::fromUtf8(file.readAll())));
}

QString columnText()
{
    return seedText(u"000_049ac055fd958cc1.txt"_qs);
}

QString emojiText()
{
    return seedText(u"002_9c0bf49b0926ee40.txt"_qs);
}

// The passages the cases mark, each once in its seed.
const QString kSentence = u"지금 우리가 목격하고 있는 AI 기술 발전은 인간 도구의 혁명적인 진화인가, 아니면 인류 혁명을 가져올 거대한 도구가 될 것인가를 묻는 질문이다."_qs;
const QString kShort = u"후자를"_qs;
const QString kShortSentence = u"쉬리 CEO는 후자를 선택했다."_qs;

// The passage [at, at + passage.size()) of `text`, as the annotation made on it keeps it.
struct Marked {
    TextQuote quote;
    qsizetype start = -1;
    qsizetype end = -1;
};

Marked mark(const QString &text, const QString &passage)
{
    const qsizetype at = text.indexOf(passage);
    if (at < 0 || text.indexOf(passage, at + 1) >= 0)
        return {};  // the cases rely on a passage that occurs once; start -1 fails them
    return {quoteAt(text, at, at + passage.size()), at, at + passage.size()};
}

QString replacedOnce(QString text, const QString &from, const QString &to)
{
    const qsizetype at = text.indexOf(from);
    if (at < 0 || text.indexOf(from, at + 1) >= 0)
        return {};
    return text.replace(at, from.size(), to);
}

int methodNumber(AnchorMethod method)
{
    return static_cast<int>(method);
}

// The score at every end position, by the textbook dynamic programme (the pattern may start
// anywhere: row 0 is all zeros), for the bit-parallel scan to agree with.
std::vector<int> referenceScores(QStringView text, QStringView pattern)
{
    std::vector<int> column(static_cast<std::size_t>(pattern.size()) + 1);
    for (std::size_t i = 0; i < column.size(); ++i)
        column[i] = static_cast<int>(i);
    std::vector<int> scores;
    for (const QChar unit : text) {
        int diagonal = column[0];
        for (qsizetype i = 1; i <= pattern.size(); ++i) {
            const int above = column[i];
            column[i] = std::min({diagonal + (pattern[i - 1] == unit ? 0 : 1), above + 1, column[i - 1] + 1});
            diagonal = above;
        }
        scores.push_back(column.back());
    }
    return scores;
}

// Each run of ends scoring at most maxErrors: its fewest errors and the ends that have them (the
// matcher reports one of those, the one whose alignment is closest to the pattern's length).
struct ReferenceRun {
    int errors = 0;
    std::vector<qsizetype> bestEnds;
};

std::vector<ReferenceRun> referenceRuns(QStringView text, QStringView pattern, int maxErrors)
{
    std::vector<ReferenceRun> runs;
    bool open = false;
    const std::vector<int> scores = referenceScores(text, pattern);
    for (std::size_t j = 0; j < scores.size(); ++j) {
        const auto end = static_cast<qsizetype>(j) + 1;
        if (scores[j] > maxErrors) {
            open = false;
            continue;
        }
        if (!open || scores[j] < runs.back().errors) {
            if (!open)
                runs.emplace_back();
            runs.back() = {scores[j], {}};
        }
        open = true;
        if (scores[j] == runs.back().errors)
            runs.back().bestEnds.push_back(end);
    }
    return runs;
}

// Random strings over a few alphabets, one of them with halves of surrogate pairs (the matcher
// compares UTF-16 units, whole pairs or not).
class RandomText {
public:
    explicit RandomText(unsigned seed) : m_random(seed) {}

    int below(int bound) { return std::uniform_int_distribution<int>(0, bound - 1)(m_random); }

    QString string(qsizetype length, int alphabet)
    {
        static const QString alphabets[] = {u"ab"_qs, u"abcd"_qs, u"가나다라마바"_qs, u"가a😀🚀 "_qs};
        const QString &units = alphabets[alphabet];
        QString out;
        while (out.size() < length) {
            const int at = below(static_cast<int>(units.size()));
            out.append(units[at]);
        }
        return out;
    }

    // `pattern` with a few random insertions, deletions and substitutions.
    QString mutated(QString pattern, int edits, int alphabet)
    {
        for (int e = 0; e < edits; ++e) {
            const qsizetype at = below(static_cast<int>(pattern.size()) + 1);
            const int kind = below(3);
            if (kind == 0)
                pattern.insert(at, string(1, alphabet));
            else if (kind == 1 && at < pattern.size())
                pattern.remove(at, 1);
            else if (at < pattern.size())
                pattern[at] = string(1, alphabet)[0];
        }
        return pattern;
    }

private:
    std::mt19937 m_random;
};

// A reading text over a megabyte: the seeds again and again, one paragraph marked once in it.
const QString kMarker = u"표식 문단: 이 문장은 백만 글자 가운데 단 한 번만 나오며, 주석이 가리키는 곳이다."_qs;

QString repeatedSeedsWithMarker()
{
    QStringList seeds;
    for (const QString &name : {u"000_049ac055fd958cc1.txt"_qs, u"001_f4d327ceaa89a947.txt"_qs,
                                u"002_9c0bf49b0926ee40.txt"_qs, u"004_145a81c88e6cac08.txt"_qs})
        seeds << seedText(name);
    const QString round = seeds.join(u'\n');
    QStringList rounds;
    qsizetype length = 0;
    while (length < 1'000'000 && !round.isEmpty()) {
        rounds << round;
        length += round.size() + 1;
    }
    rounds.insert(rounds.size() * 7 / 10, kMarker);
    return rounds.join(u'\n');
}

} // namespace

class TestAnchoring : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void editDistanceIsLevenshtein_data();
    void editDistanceIsLevenshtein();
    void findApproximateEdgeCases();
    void findApproximateAgreesWithReference_data();
    void findApproximateAgreesWithReference();
    void findApproximateOrdersAndLimits();
    void bandedAlignmentAgreesWithEditDistance();

    void normalizesQuotesAsReadingTexts_data();
    void normalizesQuotesAsReadingTexts();
    void quoteKeepsContextAndClamps();
    void contextNeverSplitsASurrogatePair();

    void sameRevisionUsesStoredOffsets();
    void staleStoredOffsetsFallThroughToExact();
    void anchorsAfterEdits_data();
    void anchorsAfterEdits();
    void duplicatePassageGoesToContextAndPosition_data();
    void duplicatePassageGoesToContextAndPosition();
    void strictnessByLength_data();
    void strictnessByLength();
    void quoteFormattingDiffersOnlyInWhitespaceOrForm_data();
    void quoteFormattingDiffersOnlyInWhitespaceOrForm();
    void emojiAtContextEdges_data();
    void emojiAtContextEdges();
    void anchorAnnotationComparesRevisions();
    void longQuotesStayWithinTheirAllowance();
    void megabyteText_data();
    void megabyteText();
};

void TestAnchoring::initTestCase()
{
    QVERIFY2(columnText().contains(kSentence), "seed 000 is not the text the cases were written on");
    QVERIFY(columnText().contains(kShortSentence));
    QVERIFY(emojiText().contains(u"알아보자🔍"_qs));
}

void TestAnchoring::editDistanceIsLevenshtein_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("distance");
    QTest::newRow("both empty") << QString() << QString() << 0;
    QTest::newRow("one empty") << QString() << u"혁명"_qs << 2;
    QTest::newRow("kitten") << u"kitten"_qs << u"sitting"_qs << 3;
    QTest::newRow("a syllable changed") << u"혁명의 도구"_qs << u"혁신의 도구"_qs << 1;
    QTest::newRow("a syllable dropped") << u"혁명적인 진화"_qs << u"혁명적 진화"_qs << 1;
    QTest::newRow("transposition is two") << u"ab"_qs << u"ba"_qs << 2;
    QTest::newRow("emoji is two units") << u"좋아👍"_qs << u"좋아"_qs << 2;
}

void TestAnchoring::editDistanceIsLevenshtein()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, distance);
    QCOMPARE(editDistance(a, b), distance);
    QCOMPARE(editDistance(b, a), distance);
}

void TestAnchoring::findApproximateEdgeCases()
{
    QVERIFY(findApproximate(u"혁명의 도구"_qs, QStringView(), 3).isEmpty());
    QVERIFY(findApproximate(u"혁명의 도구"_qs, u"도구"_qs, -1).isEmpty());
    QVERIFY(findApproximate(u"혁명의 도구"_qs, u"도구"_qs, 0, 0).isEmpty());
    QVERIFY(findApproximate(QStringView(), u"도구"_qs, 1).isEmpty());

    const auto exact = findApproximate(u"혁명의 도구, 도구의 혁명"_qs, u"도구의"_qs, 0);
    QCOMPARE(exact.size(), 1);
    QCOMPARE(exact[0].start, 8);
    QCOMPARE(exact[0].end, 11);
    QCOMPARE(exact[0].errors, 0);

    // A pattern longer than the text still matches with the units it lacks counted as edits.
    const auto longer = findApproximate(u"도구"_qs, u"도구의"_qs, 1);
    QCOMPARE(longer.size(), 1);
    QCOMPARE(longer[0].start, 0);
    QCOMPARE(longer[0].end, 2);
    QCOMPARE(longer[0].errors, 1);
}

void TestAnchoring::findApproximateAgreesWithReference_data()
{
    QTest::addColumn<int>("patternLength");
    for (const int length : {1, 2, 7, 31, 63, 64, 65, 127, 128, 129, 130, 200, 300})
        QTest::addRow("pattern of %d", length) << length;
}

void TestAnchoring::findApproximateAgreesWithReference()
{
    QFETCH(int, patternLength);
    RandomText random(static_cast<unsigned>(20250 + patternLength));
    int reportedRuns = 0;
    for (int trial = 0; trial < 40; ++trial) {
        const int alphabet = trial % 4;
        const QString pattern = random.string(patternLength, alphabet);
        const int maxErrors = trial % 3 == 0 ? 0 : random.below(patternLength / 3 + 2);
        // Random text with mutated copies planted, so that runs at and just past the limit occur.
        QString text = random.string(random.below(2500), alphabet);
        for (int copy = random.below(4); copy > 0; --copy)
            text.insert(random.below(static_cast<int>(text.size()) + 1), random.mutated(pattern, random.below(maxErrors + 2), alphabet));

        const auto expected = referenceRuns(text, pattern, maxErrors);
        auto matches = findApproximate(text, pattern, maxErrors, 1'000'000);
        QCOMPARE(matches.size(), static_cast<qsizetype>(expected.size()));
        std::sort(matches.begin(), matches.end(), [](const auto &a, const auto &b) { return a.end < b.end; });
        for (std::size_t run = 0; run < expected.size(); ++run) {
            const ApproximateMatch &match = matches[static_cast<qsizetype>(run)];
            QCOMPARE(match.errors, expected[run].errors);
            const auto &ends = expected[run].bestEnds;
            QVERIFY2(std::find(ends.begin(), ends.end(), match.end) != ends.end(),
                     qPrintable(QStringLiteral("run %1: end %2 is not one of its best").arg(run).arg(match.end)));
            // The start is where an alignment with exactly that many edits begins.
            QCOMPARE(editDistance(pattern, QStringView(text).mid(match.start, match.end - match.start)), match.errors);
        }
        reportedRuns += static_cast<int>(matches.size());
    }
    QVERIFY2(reportedRuns > 0, "the trials never produced a match to compare");
}

void TestAnchoring::findApproximateOrdersAndLimits()
{
    RandomText random(7);
    const QString pattern = random.string(70, 1);
    QString text = random.string(3000, 1);
    for (int copy = 0; copy < 12; ++copy)
        text.insert(random.below(static_cast<int>(text.size())), random.mutated(pattern, copy % 5, 1));
    const auto all = findApproximate(text, pattern, 6, 1'000'000);
    QVERIFY(all.size() >= 6);
    for (qsizetype i = 1; i < all.size(); ++i) {
        const bool ordered = all[i - 1].errors < all[i].errors
            || (all[i - 1].errors == all[i].errors && all[i - 1].start <= all[i].start);
        QVERIFY2(ordered, qPrintable(QStringLiteral("match %1 out of order").arg(i)));
    }
    // A limit keeps the best ones: the same matches the full list begins with.
    const auto firstThree = findApproximate(text, pattern, 6, 3);
    QCOMPARE(firstThree.size(), 3);
    for (qsizetype i = 0; i < firstThree.size(); ++i) {
        QCOMPARE(firstThree[i].errors, all[i].errors);
        QCOMPARE(firstThree[i].start, all[i].start);
        QCOMPARE(firstThree[i].end, all[i].end);
    }
}

void TestAnchoring::bandedAlignmentAgreesWithEditDistance()
{
    // Each cell of the last row is the edit distance of the quote and that span when the span is
    // within the band and the allowance, never less than it anywhere (a stale cell from an earlier
    // row would be), and the row is empty only when no span is within the allowance.
    RandomText random(99);
    for (int trial = 0; trial < 2000; ++trial) {
        const QString quote = random.string(1 + random.below(60), trial % 2);
        const QString text = random.string(random.below(90), trial % 2);
        const int maxErrors = random.below(20);
        const std::vector<int> row = detail::lastRowInBand(
            quote.size(), text.size(), maxErrors, [&](qsizetype i) { return quote[i]; }, [&](qsizetype j) { return text[j]; });
        const qsizetype widest = std::min(text.size(), quote.size() + maxErrors);
        bool anyWithin = false;
        for (qsizetype j = 0; j <= widest; ++j) {
            const int truth = editDistance(quote, QStringView(text).left(j));
            anyWithin = anyWithin || truth <= maxErrors;
            if (row.empty())
                continue;
            const int cell = row[static_cast<std::size_t>(j)];
            const QString where = QStringLiteral("trial %1, span %2: %3 for %4").arg(trial).arg(j).arg(cell).arg(truth);
            QVERIFY2(cell >= truth, qPrintable(where));
            if (truth <= maxErrors && std::abs(j - quote.size()) <= maxErrors)
                QVERIFY2(cell == truth, qPrintable(where));
        }
        QCOMPARE(row.empty(), !anyWithin);
    }
}

void TestAnchoring::normalizesQuotesAsReadingTexts_data()
{
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("spaces") << u"혁명의  \t도구"_qs << u"혁명의 도구"_qs;
    QTest::newRow("nbsp and zero-width") << u"혁명의\u00A0\u200B도구"_qs << u"혁명의 도구"_qs;
    QTest::newRow("line break in a run") << u"도구다. \r\n  지금"_qs << u"도구다.\n지금"_qs;
    QTest::newRow("paragraph separator") << u"도구다.\u2029지금"_qs << u"도구다.\n지금"_qs;
    QTest::newRow("ends kept") << u"  혁명 "_qs << u" 혁명 "_qs;
    QTest::newRow("nfd to nfc") << u"혁명"_qs.normalized(QString::NormalizationForm_D) << u"혁명"_qs;
    QTest::newRow("empty") << QString() << QString();
}

void TestAnchoring::normalizesQuotesAsReadingTexts()
{
    QFETCH(QString, quote);
    QFETCH(QString, normalized);
    QCOMPARE(normalizedForAnchoring(quote), normalized);
}

void TestAnchoring::quoteKeepsContextAndClamps()
{
    const QString text = columnText();
    const Marked marked = mark(text, kSentence);
    QVERIFY(marked.start >= kContextLength);
    QCOMPARE(marked.quote.exact, kSentence);
    QCOMPARE(marked.quote.prefix, text.mid(marked.start - kContextLength, kContextLength));
    QCOMPARE(marked.quote.suffix, text.mid(marked.end, kContextLength));

    const TextQuote atStart = quoteAt(text, -5, 4);
    QCOMPARE(atStart.exact, text.left(4));
    QVERIFY(atStart.prefix.isEmpty());
    const TextQuote atEnd = quoteAt(text, text.size() - 3, text.size() + 10);
    QCOMPARE(atEnd.exact, text.right(3));
    QVERIFY(atEnd.suffix.isEmpty());
    QCOMPARE(atEnd.prefix.size(), kContextLength);
    QVERIFY(quoteAt(text, 10, 5).exact.isEmpty());
}

void TestAnchoring::contextNeverSplitsASurrogatePair()
{
    const QString text = emojiText();
    const qsizetype emoji = text.indexOf(u"🔍"_qs);  // its high half at emoji, low at emoji + 1
    QVERIFY(emoji > kContextLength);

    // A prefix of 32 units would begin with the low half: it begins after the pair instead.
    const TextQuote after = quoteAt(text, emoji + 1 + kContextLength, emoji + 1 + kContextLength + 10);
    QCOMPARE(after.prefix.size(), kContextLength - 1);
    QVERIFY(!after.prefix.front().isLowSurrogate());

    // A suffix of 32 units would end with the high half: it ends before the pair instead.
    const qsizetype end = emoji + 1 - kContextLength;
    const TextQuote before = quoteAt(text, end - 10, end);
    QCOMPARE(before.suffix.size(), kContextLength - 1);
    QVERIFY(!before.suffix.back().isHighSurrogate());

    // A context edge that falls just outside the pair keeps its full length and the whole emoji.
    const TextQuote whole = quoteAt(text, emoji + kContextLength, emoji + kContextLength + 5);
    QCOMPARE(whole.prefix.size(), kContextLength);
    QVERIFY(whole.prefix.startsWith(u"🔍"_qs));
}

void TestAnchoring::sameRevisionUsesStoredOffsets()
{
    const QString text = columnText();
    const Marked marked = mark(text, kSentence);
    const Anchor anchor = anchorQuote(text, marked.quote, marked.start, marked.end, true);
    QCOMPARE(methodNumber(anchor.method), methodNumber(AnchorMethod::Stored));
    QCOMPARE(anchor.start, marked.start);
    QCOMPARE(anchor.end, marked.end);
    QCOMPARE(anchor.score, 1.0);

    // The same passage pasted again later: the stored offsets still win over a second occurrence.
    const QString twice = text + u'\n' + kSentence;
    const Anchor stored = anchorQuote(twice, marked.quote, marked.start, marked.end, true);
    QCOMPARE(methodNumber(stored.method), methodNumber(AnchorMethod::Stored));
    QCOMPARE(stored.start, marked.start);
}

void TestAnchoring::staleStoredOffsetsFallThroughToExact()
{
    const QString text = columnText();
    const Marked marked = mark(text, kSentence);
    // Claimed to be the same revision, but a paragraph went in before the passage.
    const QString inserted = u"편집자 주: 이 글은 두 차례에 걸쳐 실린다."_qs;
    const QString changed = inserted + u'\n' + text;
    const Anchor anchor = anchorQuote(changed, marked.quote, marked.start, marked.end, true);
    QCOMPARE(methodNumber(anchor.method), methodNumber(AnchorMethod::Exact));
    QCOMPARE(anchor.start, marked.start + inserted.size() + 1);
    QCOMPARE(anchor.end, marked.end + inserted.size() + 1);
    QCOMPARE(anchor.score, 1.0);
}

void TestAnchoring::anchorsAfterEdits_data()
{
    QTest::addColumn<QString>("original");  // the passage the annotation marked
    QTest::addColumn<QString>("changed");
    QTest::addColumn<QString>("passage");   // the passage as the changed text reads it; empty: gone
    QTest::addColumn<int>("method");

    const QString text = columnText();
    const int exact = methodNumber(AnchorMethod::Exact);
    const int approximate = methodNumber(AnchorMethod::Approximate);
    const int orphan = methodNumber(AnchorMethod::Orphan);

    const QString reworded = replacedOnce(kSentence, u"목격하고"_qs, u"지켜보고"_qs);
    const QString shortened = replacedOnce(kSentence, u"혁명적인 진화인가"_qs, u"혁명적 진화인가"_qs);
    const QString lengthened = replacedOnce(kSentence, u"거대한 도구가"_qs, u"매우 거대한 도구가"_qs);
    QTest::newRow("paragraph inserted before")
        << kSentence << replacedOnce(text, u"상하이와 항저우를"_qs, u"편집자 주: 현장 투어는 사흘 동안 이어졌다.\n상하이와 항저우를"_qs) << kSentence << exact;
    QTest::newRow("paragraph inserted after") << kSentence << text + u"\n덧붙임: 2부는 다음 주에 싣는다."_qs << kSentence << exact;
    QTest::newRow("prefix context reworded")
        << kSentence << replacedOnce(text, u"던진 화두다."_qs, u"던진 질문이다."_qs) << kSentence << exact;
    QTest::newRow("word changed inside") << kSentence << replacedOnce(text, kSentence, reworded) << reworded << approximate;
    QTest::newRow("syllable dropped inside") << kSentence << replacedOnce(text, kSentence, shortened) << shortened << approximate;
    QTest::newRow("word added inside") << kSentence << replacedOnce(text, kSentence, lengthened) << lengthened << approximate;
    // An edit at an edge leaves a choice between spans as good as each other ("…질문이다" by a
    // deletion, "…질문이다 " by a substitution): the context settles it.
    QTest::newRow("last unit deleted") << kSentence << replacedOnce(text, kSentence, kSentence.chopped(1)) << kSentence.chopped(1) << approximate;
    QTest::newRow("first unit deleted") << kSentence << replacedOnce(text, kSentence, kSentence.mid(1)) << kSentence.mid(1) << approximate;
    // A passage of 330 units, longer than one scan takes: found by its last piece of 64 when 40
    // units near its start were rewritten, by its first piece when 40 near its end were.
    const QString longPassage = text.mid(text.indexOf(kSentence), 330);
    const QString newHead = longPassage.left(10) + u"인공지능의 발전은 도구의 진화일까,"_qs + longPassage.mid(50);
    const QString newTail = longPassage.chopped(50) + u"그 답은 아직 아무도 모른다고 한다."_qs + longPassage.right(10);
    QTest::newRow("long passage, rewritten near its start") << longPassage << replacedOnce(text, longPassage, newHead) << newHead << approximate;
    QTest::newRow("long passage, rewritten near its end") << longPassage << replacedOnce(text, longPassage, newTail) << newTail << approximate;
    QTest::newRow("passage deleted") << kSentence << replacedOnce(text, kSentence + u' ', QString()) << QString() << orphan;
}

void TestAnchoring::anchorsAfterEdits()
{
    QFETCH(QString, original);
    QFETCH(QString, changed);
    QFETCH(QString, passage);
    QFETCH(int, method);
    QVERIFY(!changed.isEmpty());
    const Marked marked = mark(columnText(), original);
    QVERIFY(marked.start >= 0);
    const Anchor anchor = anchorQuote(changed, marked.quote, marked.start, marked.end, false);
    QCOMPARE(methodNumber(anchor.method), method);
    if (passage.isEmpty()) {
        QCOMPARE(anchor.start, -1);
        return;
    }
    const qsizetype expected = changed.indexOf(passage);
    QCOMPARE(anchor.start, expected);
    QCOMPARE(anchor.end, expected + passage.size());
    if (method == methodNumber(AnchorMethod::Approximate)) {
        QVERIFY2(anchor.score > 0.6 && anchor.score < 1, qPrintable(QString::number(anchor.score)));
    } else {
        QCOMPARE(anchor.score, 1.0);
    }
}

void TestAnchoring::duplicatePassageGoesToContextAndPosition_data()
{
    QTest::addColumn<QString>("passage");
    QTest::addColumn<QString>("changed");
    QTest::addColumn<qsizetype>("expected");

    const QString text = columnText();
    const qsizetype at = text.indexOf(kSentence);
    const qsizetype paragraphStart = text.lastIndexOf(u'\n', at) + 1;
    QCOMPARE(paragraphStart, at);  // the sentence opens its paragraph

    // The same sentence quoted again in a paragraph of its own, other words on both sides: its
    // context decides, even where the copy is nearer the old position.
    const QString quoted = u"한 독자는 이 대목을 다시 인용했다. "_qs + kSentence + u" 그 물음에 답하기는 쉽지 않다."_qs;
    QTest::newRow("other context, copy just before, nearer the old position")
        << kSentence << text.left(at) + quoted + u'\n' + text.mid(at) << at + quoted.size() + 1;
    QTest::newRow("other context, copy at the end") << kSentence << text + u'\n' + quoted << at;

    // A passage in the middle of a long paragraph, the paragraph repeated whole: both copies have
    // the same context, and the one nearer the old position is taken.
    const QString inner = u"증기가 산업혁명을 가져왔고"_qs;
    const qsizetype innerAt = text.indexOf(inner);
    const qsizetype innerParagraph = text.lastIndexOf(u'\n', innerAt) + 1;
    const QString paragraph = text.mid(innerParagraph, text.indexOf(u'\n', innerAt) - innerParagraph);
    QVERIFY(innerAt - innerParagraph > kContextLength && innerParagraph + paragraph.size() - innerAt - inner.size() > kContextLength);
    QTest::newRow("same context, copy at the end") << inner << text + u'\n' + paragraph << innerAt;
    // The copy comes first in the text, the original (shifted by it) is nearer: position, not order.
    QTest::newRow("same context, copy at the start")
        << inner << paragraph + u'\n' + text << innerAt + paragraph.size() + 1;
    QTest::newRow("same context, copy just before, at the old position")
        << inner << text.left(innerParagraph) + paragraph + u'\n' + text.mid(innerParagraph) << innerAt;
}

void TestAnchoring::duplicatePassageGoesToContextAndPosition()
{
    QFETCH(QString, passage);
    QFETCH(QString, changed);
    QFETCH(qsizetype, expected);
    QCOMPARE(changed.count(passage), 2);
    const Marked marked = mark(columnText(), passage);
    QVERIFY(marked.start >= 0);
    const Anchor anchor = anchorQuote(changed, marked.quote, marked.start, marked.end, false);
    QCOMPARE(methodNumber(anchor.method), methodNumber(AnchorMethod::Exact));
    QCOMPARE(anchor.start, expected);
    QCOMPARE(anchor.end, expected + passage.size());
    QVERIFY(anchor.score > 0 && anchor.score <= 1);
    // Deterministic: the same call, the same answer.
    const Anchor again = anchorQuote(changed, marked.quote, marked.start, marked.end, false);
    QCOMPARE(again.start, anchor.start);
    QCOMPARE(again.score, anchor.score);
}

void TestAnchoring::strictnessByLength_data()
{
    QTest::addColumn<QString>("passage");
    QTest::addColumn<QString>("changed");
    QTest::addColumn<QString>("expected");  // the passage as the changed text reads it; empty: orphan

    const QString text = columnText();
    // 후자를 → 후자만 where it was, the sentence around it as it was: the context vouches for it.
    QTest::newRow("3 syllables, one changed, context intact")
        << kShort << replacedOnce(text, kShortSentence, u"쉬리 CEO는 후자만 선택했다."_qs) << u"후자만"_qs;
    // The same change in a rewritten sentence: 후자는 two sentences earlier is one edit away too,
    // but a three-syllable phrase with an edit is nothing to go on without its context.
    QTest::newRow("3 syllables, one changed, sentence rewritten")
        << kShort << replacedOnce(text, kShortSentence, u"그러나 센스타임 대표는 후자만 골랐다고 한다."_qs) << QString();
    QTest::newRow("4 syllables and a stop, one deleted, sentence rewritten")
        << u"선택했다."_qs << replacedOnce(text, kShortSentence, u"그러나 대표는 후자 쪽을 택했다."_qs) << QString();
    // A 14-unit phrase gone from its paragraph, a one-edit lookalike in another: neither context
    // vouches for it.
    const QString phrase = u"증기가 산업혁명을 가져왔고"_qs;
    // The same phrase with one edit where it was, the words before it kept and those after it
    // rewritten: one context vouching for it is enough.
    QTest::newRow("14 units, one edit, only the words before it kept")
        << phrase
        << replacedOnce(text, phrase + u", 전기가 공업혁명을 이끌었다. 인터넷은 정보혁명의 기폭제였다."_qs,
                        u"증기가 산업혁명을 가져왔다. 그 뒤로 사람들은 새 일을 찾아 도시로 떠났다."_qs)
        << u"증기가 산업혁명을 가져왔다"_qs;
    QTest::newRow("14 units gone, a one-edit lookalike elsewhere")
        << phrase << replacedOnce(text, phrase + u", "_qs, QString()) + u"\n한 연구자는 증기가 산업혁명을 가져왔다고 썼다."_qs
        << QString();

    // A 47-unit quote is evidence of its own when little of it changed, wherever it went.
    const QString longQuote = u"그동안 인류 역사에는 몇 차례 기술 혁명이 있었다. 산업혁명, 공업혁명, 정보 혁명…"_qs;
    const QString oneWord = u"그동안 인류 역사에는 몇 차례 커다란 혁명이 있었다. 산업혁명, 공업혁명, 정보 혁명…"_qs;
    const QString rewritten = u"그동안 인류의 역사에서는 여러 차례 기술의 변혁이 일어났다. 산업혁명, 공업혁명, 정보 혁명…"_qs;
    const QString withoutIt = replacedOnce(text, longQuote + u' ', QString());
    QTest::newRow("47 units, one word changed") << longQuote << replacedOnce(text, longQuote, oneWord) << oneWord;
    QTest::newRow("47 units, one word changed, moved to the end") << longQuote << withoutIt + u'\n' + oneWord << oneWord;
    // 10 edits in 47 units, over a fifth: where it was, its context vouches for it; moved, nothing does.
    QTest::newRow("47 units, 10 edits, in place") << longQuote << replacedOnce(text, longQuote, rewritten) << rewritten;
    QTest::newRow("47 units, 10 edits, moved to the end") << longQuote << withoutIt + u'\n' + rewritten << QString();
}

void TestAnchoring::strictnessByLength()
{
    QFETCH(QString, passage);
    QFETCH(QString, changed);
    QFETCH(QString, expected);
    QVERIFY(!changed.isEmpty());
    const Marked marked = mark(columnText(), passage);
    QVERIFY(marked.start >= 0);
    QVERIFY(!changed.contains(passage));
    const Anchor anchor = anchorQuote(changed, marked.quote, marked.start, marked.end, false);
    if (expected.isEmpty()) {
        // What decides is the strictness: a match within the edits a quote this long may have
        // (1 under 8 units, an eighth under 32, a quarter beyond) is there to be had.
        const qsizetype length = passage.size();
        const int allowance = static_cast<int>(length < 8 ? 1 : length < 32 ? length / 8 : length / 4);
        QVERIFY(!findApproximate(changed, passage, allowance).isEmpty());
        QCOMPARE(methodNumber(anchor.method), methodNumber(AnchorMethod::Orphan));
        QVERIFY(!anchor.found());
        return;
    }
    QCOMPARE(methodNumber(anchor.method), methodNumber(AnchorMethod::Approximate));
    QCOMPARE(anchor.start, changed.indexOf(expected));
    QCOMPARE(anchor.end, anchor.start + expected.size());
    QVERIFY(anchor.score > 0 && anchor.score < 1);
}

void TestAnchoring::quoteFormattingDiffersOnlyInWhitespaceOrForm_data()
{
    QTest::addColumn<QString>("exact");
    const QString text = columnText();
    // The end of one paragraph and the start of the next, so that a line break is inside.
    const qsizetype at = text.indexOf(u"시간이기도 했다.\n오늘 칼럼은"_qs);
    QVERIFY(at >= 0);
    QTest::newRow("double spaces") << u"시간이기도  했다.\n오늘   칼럼은"_qs;
    QTest::newRow("nbsp") << u"시간이기도\u00A0했다.\n오늘\u00A0칼럼은"_qs;
    QTest::newRow("line break with spaces") << u"시간이기도 했다. \r\n 오늘 칼럼은"_qs;
    QTest::newRow("zero-width space next to a space") << u"시간이기도 \u200B했다.\n오늘 칼럼은"_qs;
    QTest::newRow("nfd") << u"시간이기도 했다.\n오늘 칼럼은"_qs.normalized(QString::NormalizationForm_D);
}

void TestAnchoring::quoteFormattingDiffersOnlyInWhitespaceOrForm()
{
    QFETCH(QString, exact);
    const QString text = columnText();
    const QString passage = u"시간이기도 했다.\n오늘 칼럼은"_qs;
    const Marked marked = mark(text, passage);
    QVERIFY(marked.start >= 0);
    QVERIFY(exact != passage);
    TextQuote quote = marked.quote;
    quote.exact = exact;
    quote.prefix = quote.prefix.normalized(QString::NormalizationForm_D);
    // Text inserted before, so that neither stored offsets nor the original position explain it.
    const QString heading = u"머리말.\n"_qs;
    const QString changed = heading + text;
    const Anchor anchor = anchorQuote(changed, quote, marked.start, marked.end, false);
    QCOMPARE(methodNumber(anchor.method), methodNumber(AnchorMethod::Exact));
    QCOMPARE(anchor.start, marked.start + heading.size());
    QCOMPARE(anchor.end, marked.end + heading.size());
    // On the same revision, too, the stored offsets hold for the quote as it is normalized.
    const Anchor stored = anchorQuote(text, quote, marked.start, marked.end, true);
    QCOMPARE(methodNumber(stored.method), methodNumber(AnchorMethod::Stored));
}

void TestAnchoring::emojiAtContextEdges_data()
{
    QTest::addColumn<qsizetype>("startShift");  // the passage's start, from the emoji's low half
    QTest::addColumn<bool>("atEdge");           // a context of 32 units would split the pair
    QTest::addColumn<QString>("edit");          // what happens to the text: before, inside, emoji

    const qsizetype prefixEdge = kContextLength;           // the prefix would begin on the low half
    const qsizetype suffixEdge = -kContextLength - 60;      // the suffix would end on the high half
    for (const QString &edit : {u"before"_qs, u"inside"_qs, u"emoji"_qs}) {
        QTest::addRow("prefix edge, %s", qPrintable(edit)) << prefixEdge << true << edit;
        QTest::addRow("suffix edge, %s", qPrintable(edit)) << suffixEdge << true << edit;
    }
    QTest::newRow("passage holds the emoji, emoji") << qsizetype(-20) << false << u"emoji"_qs;
}

void TestAnchoring::emojiAtContextEdges()
{
    QFETCH(qsizetype, startShift);
    QFETCH(bool, atEdge);
    QFETCH(QString, edit);
    const QString text = emojiText();
    const qsizetype low = text.indexOf(u"🔍"_qs) + 1;
    const qsizetype start = low + startShift;
    const qsizetype end = start + 60;
    const TextQuote quote = quoteAt(text, start, end);
    QVERIFY(!quote.prefix.front().isLowSurrogate());
    QVERIFY(!quote.suffix.back().isHighSurrogate());
    QCOMPARE(quote.prefix.size() + quote.suffix.size(), 2 * kContextLength - (atEdge ? 1 : 0));

    QString changed = text;
    QString passage = text.mid(start, end - start);
    qsizetype expected = start;
    if (edit == u"before") {
        const QString heading = u"🚀 새 소식\n"_qs;
        changed.prepend(heading);
        expected += heading.size();
    } else if (edit == u"inside") {
        // The first syllable from the middle on for the next one (중 → 줓).
        qsizetype middle = passage.size() / 2;
        while (middle < passage.size() && passage[middle].script() != QChar::Script_Hangul)
            ++middle;
        QVERIFY(middle < passage.size());
        passage[middle] = QChar(static_cast<char16_t>(passage[middle].unicode() + 1));
        changed.replace(start, end - start, passage);
    } else {
        changed.replace(low - 1, 2, u"🔎"_qs);  // one pair for another: the low half differs
        passage = changed.mid(start, end - start);
    }
    const Anchor anchor = anchorQuote(changed, quote, start, end, false);
    QVERIFY(anchor.found());
    QCOMPARE(anchor.start, expected);
    QCOMPARE(anchor.end, expected + passage.size());
    const bool passageChanged = passage != quote.exact;
    QCOMPARE(methodNumber(anchor.method), methodNumber(passageChanged ? AnchorMethod::Approximate : AnchorMethod::Exact));
}

void TestAnchoring::anchorAnnotationComparesRevisions()
{
    const QString text = columnText();
    const Marked marked = mark(text, kSentence);
    Annotation annotation;
    annotation.revisionId = 7;
    annotation.quote = marked.quote;
    annotation.start = marked.start;
    annotation.end = marked.end;
    QCOMPARE(methodNumber(anchorAnnotation(text, 7, annotation).method), methodNumber(AnchorMethod::Stored));
    QCOMPARE(methodNumber(anchorAnnotation(text, 8, annotation).method), methodNumber(AnchorMethod::Exact));
    annotation.revisionId = 0;  // never anchored to a stored revision: offsets are not trusted
    QCOMPARE(methodNumber(anchorAnnotation(text, 0, annotation).method), methodNumber(AnchorMethod::Exact));
    annotation.quote.exact.clear();
    QVERIFY(!anchorAnnotation(text, 8, annotation).found());
}

void TestAnchoring::longQuotesStayWithinTheirAllowance()
{
    // Quotes over 256 units take the path of pieces and banded checks. Whatever it anchors must
    // really be the quote with at most a quarter of it edited, and a lightly edited passage in
    // place must be found, on texts of a small alphabet where near-misses abound.
    RandomText random(4242);
    int found = 0;
    for (int trial = 0; trial < 60; ++trial) {
        const int alphabet = 1 + trial % 2;
        const QString text = random.string(1500 + random.below(1500), alphabet);
        const qsizetype length = 257 + random.below(300);
        const qsizetype start = random.below(static_cast<int>(text.size() - length));
        const TextQuote quote = quoteAt(text, start, start + length);
        const int edits = random.below(static_cast<int>(length / 3));
        QString changed = text;
        changed.replace(start, length, random.mutated(quote.exact, edits, alphabet));
        const Anchor anchor = anchorQuote(changed, quote, start, start + length, false);
        if (edits <= length / 20)
            QVERIFY2(anchor.found(), qPrintable(QStringLiteral("trial %1: %2 edits in %3 units").arg(trial).arg(edits).arg(length)));
        if (!anchor.found())
            continue;
        ++found;
        const int real = editDistance(quote.exact, QStringView(changed).mid(anchor.start, anchor.end - anchor.start));
        QVERIFY2(real <= length / 4, qPrintable(QStringLiteral("trial %1: %2 edits at [%3, %4)").arg(trial).arg(real).arg(anchor.start).arg(anchor.end)));
    }
    QVERIFY(found > 10);
}

void TestAnchoring::megabyteText_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<int>("method");
    QTest::addColumn<int>("quoteLength");
    QTest::newRow("unique marker, text inserted at the start") << u"before"_qs << methodNumber(AnchorMethod::Exact) << 0;
    QTest::newRow("marker with one word changed") << u"inside"_qs << methodNumber(AnchorMethod::Approximate) << 0;
    QTest::newRow("marker deleted") << u"delete"_qs << methodNumber(AnchorMethod::Orphan) << 0;
    // 400 units around the marker: found by its first and last pieces, each repeated ~60 times.
    QTest::newRow("400-unit quote, one word changed") << u"inside"_qs << methodNumber(AnchorMethod::Approximate) << 400;
}

void TestAnchoring::megabyteText()
{
    QFETCH(QString, edit);
    QFETCH(int, method);
    QFETCH(int, quoteLength);
    const QString text = repeatedSeedsWithMarker();
    QVERIFY(text.size() > 1'000'000);
    const qsizetype marker = text.indexOf(kMarker);
    const qsizetype start = quoteLength == 0 ? marker : marker - (quoteLength - kMarker.size()) / 2;
    const qsizetype end = quoteLength == 0 ? marker + kMarker.size() : start + quoteLength;
    const TextQuote quote = quoteAt(text, start, end);

    QString changed = text;
    qsizetype expectedStart = start;
    qsizetype expectedEnd = end;
    if (edit == u"before") {
        const QString heading = u"머리말.\n"_qs;
        changed.prepend(heading);
        expectedStart += heading.size();
        expectedEnd += heading.size();
    } else if (edit == u"inside") {
        changed.replace(marker, kMarker.size(), replacedOnce(kMarker, u"가리키는"_qs, u"짚는"_qs));
        expectedEnd -= 2;
    } else {
        changed.remove(marker, kMarker.size());
    }
    const Anchor anchor = anchorQuote(changed, quote, start, end, false);
    QCOMPARE(methodNumber(anchor.method), method);
    if (!anchor.found())
        return;
    QCOMPARE(anchor.start, expectedStart);
    QCOMPARE(anchor.end, expectedEnd);
}

QTEST_GUILESS_MAIN(TestAnchoring)
#include "test_anchoring.moc"
