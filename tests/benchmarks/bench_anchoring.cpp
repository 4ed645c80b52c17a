// Measures re-anchoring 1,000 annotations on one long article (~210k UTF-16 units): on the same
// revision, after a paragraph went in at the start (the exact path), after one character changed
// inside every passage (the approximate path), and after every passage was deleted (the orphan
// path). Prints the median of 5 runs of each, as a ratio against 1,000 plain QString::indexOf of
// the quotes measured in the same run, and how many annotations each method anchored.
// Not a test: run it by hand (bench_anchoring).
#include "annotations/anchoring.h"
#include "text/text_normalizer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>
#include <random>
#include <utility>
#include <vector>

using namespace dokhae;
using namespace dokhae::annotations;

namespace {

constexpr int kAnnotations = 1000;
constexpr qsizetype kArticleLength = 210'000;  // room for 1,000 passages of up to 200 units apart
constexpr int kRuns = 5;

QStringList seedParagraphs()
{
    QStringList paragraphs;
    const QDir seedDir(QStringLiteral(DOKHAE_SEEDS_DIR));
    for (const QString &name : seedDir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        QFile file(seedDir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            paragraphs << text::splitParagraphs(QString::fromUtf8(file.readAll()));
    }
    return paragraphs;
}

// The seeds' paragraphs once as they are, then again and again with the words of each paragraph
// shuffled: the seeds' vocabulary, but (almost) no passage twice, so that a changed passage is not
// found unchanged in another copy.
QString buildArticle(qsizetype length)
{
    const QStringList seeds = seedParagraphs();
    QStringList paragraphs;
    qsizetype total = 0;
    std::mt19937 random(2025);
    for (int copy = 0; total < length && !seeds.isEmpty(); ++copy) {
        for (const QString &paragraph : seeds) {
            QStringList words = paragraph.split(u' ');
            if (copy > 0)
                std::shuffle(words.begin(), words.end(), random);
            paragraphs << words.join(u' ');
            total += paragraphs.back().size() + 1;
        }
    }
    return text::joinParagraphs(paragraphs);
}

bool splitsPair(const QString &text, qsizetype at)
{
    return at > 0 && at < text.size() && text[at].isLowSurrogate() && text[at - 1].isHighSurrogate();
}

struct Marked {
    TextQuote quote;
    qsizetype start = 0;
    qsizetype end = 0;
};

// One passage in each 1/count of the article, 10 to 200 units long, at a random place within it.
std::vector<Marked> markPassages(const QString &article, int count)
{
    std::mt19937 random(7);
    const qsizetype slice = article.size() / count;
    std::vector<Marked> marks;
    for (int i = 0; i < count; ++i) {
        const qsizetype length = std::uniform_int_distribution<qsizetype>(10, std::min<qsizetype>(200, slice))(random);
        qsizetype start = i * slice + std::uniform_int_distribution<qsizetype>(0, slice - length)(random);
        qsizetype end = start + length;
        start += splitsPair(article, start) ? 1 : 0;
        end -= splitsPair(article, end) ? 1 : 0;
        marks.push_back({quoteAt(article, start, end), start, end});
    }
    return marks;
}

// A different unit of the same kind, so that a changed passage still reads as Korean text.
QChar changedUnit(QChar unit)
{
    if (unit.unicode() >= 0xAC00 && unit.unicode() < 0xD7A3)
        return QChar(static_cast<char16_t>(unit.unicode() + 1));
    return unit == u'※' ? QChar(u'*') : QChar(u'※');
}

QString withEveryPassageChanged(QString article, const std::vector<Marked> &marks)
{
    for (const Marked &mark : marks) {
        qsizetype at = mark.start + (mark.end - mark.start) / 2;
        while (at < mark.end - 1 && article[at].isSurrogate())
            ++at;
        article[at] = changedUnit(article[at]);
    }
    return article;
}

QString withEveryPassageDeleted(const QString &article, const std::vector<Marked> &marks)
{
    QString out;
    out.reserve(article.size());
    qsizetype from = 0;
    for (const Marked &mark : marks) {
        out += QStringView(article).mid(from, mark.start - from);
        from = mark.end;
    }
    out += QStringView(article).mid(from);
    return out;
}

double medianMs(const std::function<void()> &run)
{
    std::vector<double> times;
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer timer;
        timer.start();
        run();
        times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

struct Tally {
    int byMethod[4] = {0, 0, 0, 0};
    int atExpected = 0;  // anchored where the passage is, or an orphan where it is gone
};

// Where each passage is in the changed text: its span shifted by `shift`, or nothing when deleted.
using Expected = std::function<std::optional<std::pair<qsizetype, qsizetype>>(const Marked &)>;

Tally anchorAll(const QString &text, const std::vector<Marked> &marks, bool sameRevision, const Expected &expected)
{
    Tally tally;
    for (const Marked &mark : marks) {
        const Anchor anchor = anchorQuote(text, mark.quote, mark.start, mark.end, sameRevision);
        ++tally.byMethod[static_cast<int>(anchor.method)];
        const auto span = expected(mark);
        const bool right = span ? anchor.start == span->first && anchor.end == span->second : !anchor.found();
        tally.atExpected += right ? 1 : 0;
    }
    return tally;
}

void report(const char *name, const QString &text, const std::vector<Marked> &marks, bool sameRevision,
            const Expected &expected, double baselineMs)
{
    Tally tally;
    const double ms = medianMs([&] { tally = anchorAll(text, marks, sameRevision, expected); });
    std::printf("%s: %.1f ms (%.1f x baseline, %.1f us an annotation); stored %d, exact %d, approximate %d, "
                "orphan %d; at the expected span %d of %d\n",
                name, ms, ms / baselineMs, ms * 1000 / static_cast<double>(marks.size()),
                tally.byMethod[static_cast<int>(AnchorMethod::Stored)],
                tally.byMethod[static_cast<int>(AnchorMethod::Exact)],
                tally.byMethod[static_cast<int>(AnchorMethod::Approximate)],
                tally.byMethod[static_cast<int>(AnchorMethod::Orphan)], tally.atExpected,
                static_cast<int>(marks.size()));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString article = buildArticle(kArticleLength);
    if (article.isEmpty()) {
        std::fprintf(stderr, "no seed texts in %s\n", DOKHAE_SEEDS_DIR);
        return 1;
    }
    const std::vector<Marked> marks = markPassages(article, kAnnotations);
    qsizetype quoteUnits = 0;
    for (const Marked &mark : marks)
        quoteUnits += mark.end - mark.start;
    std::printf("article: %lld UTF-16 units; %d annotations, quotes of 10-200 units (mean %.0f)\n",
                static_cast<long long>(article.size()), kAnnotations,
                static_cast<double>(quoteUnits) / static_cast<double>(marks.size()));

    qsizetype sink = 0;  // keeps the baseline's searches from being optimized away
    const double baselineMs = medianMs([&] {
        for (const Marked &mark : marks)
            sink += article.indexOf(mark.quote.exact);
    });
    std::printf("baseline: %d x QString::indexOf of the quotes: %.2f ms (checksum %lld)\n", kAnnotations, baselineMs,
                static_cast<long long>(sink));

    const auto sameSpan = [](const Marked &mark) { return std::optional{std::pair{mark.start, mark.end}}; };
    report("(a) same revision", article, marks, true, sameSpan, baselineMs);

    const QString heading = u"편집자 주: 이 기사는 고쳐 쓴 판이다.\n"_qs;
    const auto shifted = [&](const Marked &mark) {
        return std::optional{std::pair{mark.start + heading.size(), mark.end + heading.size()}};
    };
    report("(b) paragraph inserted at the start", heading + article, marks, false, shifted, baselineMs);
    report("(c) one character changed in every passage", withEveryPassageChanged(article, marks), marks, false, sameSpan,
           baselineMs);
    const auto gone = [](const Marked &) { return std::optional<std::pair<qsizetype, qsizetype>>(); };
    report("(d) every passage deleted", withEveryPassageDeleted(article, marks), marks, false, gone, baselineMs);
    return 0;
}
