// Figure extraction throughput (MB/s of reading text, UTF-8) on a generated corpus, against ICU's
// plain word-break pass over the same text in the same run: the baseline any tokenizing pass
// pays. Then import throughput into a library with figures and suggested charts stored per
// revision, against the same import without that step, interleaved (A B A B) in one run.
// Last, one hostile sentence (a figure every few characters, no full stop) at N and 8N pieces:
// seconds per MB at both and their ratio, about 1 while extraction stays linear in the sentence.
// Not a test: run it by hand (bench_figures [megabytes] [import megabytes]).
#include "figures/figure.h"
#include "import/article_parser.h"
#include "store/library.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <unicode/ubrk.h>

#include <cstdio>

using namespace dokhae;

namespace {

// Sentences with figures in forms the seeds lack, filled with random numbers so that the corpus
// is not the seeds repeated.
QString generatedParagraph(QRandomGenerator &random)
{
    static const QStringList subjects{u"중국"_qs, u"한국"_qs, u"미국"_qs, u"화웨이"_qs, u"알리바바"_qs, u"바이두"_qs};
    static const QStringList templates{
        u"%1의 올해 AI 투자액은 약 %2억 달러(약 %3조 원)로 집계됐다."_qs,
        u"%1은 점유율 %4.%5%를 기록해 전년 대비 %5%p 올랐다."_qs,
        u"%1는 지난 %6일 연구원 %7여 명과 기업 %8곳이 참여한 행사를 %6일간 열었다."_qs,
        u"%1의 매출은 %2억~%3억 위안으로 2,000억 원 이상을 웃돌았다."_qs,
        u"삼성과 구글은 천천히, 조용히 CES 2025에서 만났다. GPT-4와 Qwen 2.5, 딥시크 V3가 화제였다."_qs,
    };
    QStringList sentences;
    for (int i = 0; i < 6; ++i) {
        QString s = templates[random.bounded(templates.size())];
        s.replace(u"%1"_qs, subjects[random.bounded(subjects.size())]);
        s.replace(u"%2"_qs, QString::number(random.bounded(10, 900)));
        s.replace(u"%3"_qs, QString::number(random.bounded(1, 99)));
        s.replace(u"%4"_qs, QString::number(random.bounded(1, 60)));
        s.replace(u"%5"_qs, QString::number(random.bounded(1, 9)));
        s.replace(u"%6"_qs, QString::number(random.bounded(1, 28)));
        s.replace(u"%7"_qs, QString::number(random.bounded(10, 500)));
        s.replace(u"%8"_qs, QLocale(QLocale::English).toString(random.bounded(10, 5000)));
        sentences << s;
    }
    return sentences.join(u' ');
}

// The seeds' reading texts and generated paragraphs, shuffled, up to `bytes` of UTF-8.
QString buildCorpus(qint64 bytes)
{
    QStringList paragraphs;
    const QDir seeds(QStringLiteral(DOKHAE_SEEDS_DIR));
    for (const QString &name : seeds.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        const auto parsed = import::parseArticleFile(seeds.filePath(name));
        if (parsed.ok)
            paragraphs << parsed.article.text.split(u'\n', Qt::SkipEmptyParts);
    }
    QRandomGenerator random(20250101);
    QStringList corpus;
    qint64 size = 0;
    while (size < bytes) {
        const QString paragraph = random.bounded(3) == 0 ? generatedParagraph(random)
                                                          : paragraphs[random.bounded(paragraphs.size())];
        corpus << paragraph;
        size += paragraph.toUtf8().size() + 1;
    }
    return corpus.join(u'\n');
}

// Articles of a few kilobytes, as the library holds them.
QStringList splitArticles(const QString &corpus)
{
    QStringList articles;
    const QStringList lines = corpus.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); i += 12)
        articles << lines.mid(i, 12).join(u'\n');
    return articles;
}

qsizetype wordBreakPass(const QStringList &articles)
{
    qsizetype words = 0;
    for (const QString &text : articles) {
        UErrorCode status = U_ZERO_ERROR;
        UBreakIterator *it = ubrk_open(UBRK_WORD, "ko", reinterpret_cast<const UChar *>(text.utf16()),
                                       int32_t(text.size()), &status);
        if (U_FAILURE(status))
            return -1;
        for (int32_t end = ubrk_next(it); end != UBRK_DONE; end = ubrk_next(it))
            words += ubrk_getRuleStatus(it) != UBRK_WORD_NONE;
        ubrk_close(it);
    }
    return words;
}

qsizetype extractionPass(const QStringList &articles)
{
    qsizetype figures = 0;
    for (const QString &text : articles)
        figures += figures::extractFigures(text).size();
    return figures;
}

// Imports the articles into a new library, with or without the revision indexers (figures and
// suggested charts); MB/s of reading text.
double importPass(const QStringList &articles, double megabytes, bool storeFigures)
{
    QTemporaryDir dir;
    store::Library library;
    if (!dir.isValid() || !library.open(dir.filePath(QStringLiteral("bench.sqlite"))))
        return 0;
    if (!storeFigures)
        library.setRevisionIndexers({});
    QElapsedTimer timer;
    timer.start();
    for (qsizetype i = 0; i < articles.size(); ++i) {
        import::ParsedArticle article;
        article.meta.title = QStringLiteral("bench %1").arg(i);
        article.text = articles[i];
        article.sourceFile = QStringLiteral("/bench/%1.txt").arg(i);
        if (!library.addArticle(article))
            return 0;
    }
    return megabytes / (double(timer.nsecsElapsed()) / 1e9);
}

// The best of three runs, in MB/s.
template <typename Pass>
double throughput(const QStringList &articles, double megabytes, Pass pass, qsizetype &count)
{
    double best = 0;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        count = pass(articles);
        best = std::max(best, megabytes / (double(timer.nsecsElapsed()) / 1e9));
    }
    return best;
}

// Seconds per MB of UTF-8 to extract the figures of one sentence of `pieces` copies of `piece`
// (best of three), and how many figures it holds.
double oneSentenceSecondsPerMegabyte(const QString &piece, int pieces, qsizetype &count)
{
    const QString text = piece.repeated(pieces);
    const double megabytes = double(text.toUtf8().size()) / 1e6;
    double best = -1;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        count = figures::extractFigures(text).size();
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        best = best < 0 ? seconds : std::min(best, seconds);
    }
    return best / megabytes;
}

void oneSentenceScaling()
{
    constexpr int kPieces = 20000;
    std::printf("one sentence of N or 8N pieces (N = %d), no full stop:\n", kPieces);
    for (const QString &piece : {u"3.5%와 "_qs, u"1,234억 원, "_qs, u"중국이 22.6%로 "_qs}) {
        qsizetype small = 0, large = 0;
        const double atN = oneSentenceSecondsPerMegabyte(piece, kPieces, small);
        const double at8N = oneSentenceSecondsPerMegabyte(piece, 8 * kPieces, large);
        std::printf("  \"%s\": N %7.3f s/MB (%lld figures), 8N %7.3f s/MB (%lld figures), ratio 8N / N %.2f\n",
                    qPrintable(piece), atN, qlonglong(small), at8N, qlonglong(large), at8N / atN);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const double wanted = argc > 1 ? QString::fromLocal8Bit(argv[1]).toDouble() : 4.0;
    const QString corpus = buildCorpus(qint64(wanted * 1e6));
    const QStringList articles = splitArticles(corpus);
    const double megabytes = double(corpus.toUtf8().size()) / 1e6;
    std::printf("corpus: %.2f MB of reading text (UTF-8), %lld articles\n", megabytes, qlonglong(articles.size()));
    qsizetype words = 0, figures = 0;
    const double icu = throughput(articles, megabytes, wordBreakPass, words);
    const double extractor = throughput(articles, megabytes, extractionPass, figures);
    std::printf("ICU word break (baseline): %8.2f MB/s  %lld words\n", icu, qlonglong(words));
    std::printf("figure extraction:         %8.2f MB/s  %lld figures\n", extractor, qlonglong(figures));
    std::printf("ratio extraction / word break: %.3f\n", extractor / icu);

    // Import: a slice of the corpus, alternating the two set-ups so that drift hits both.
    const double importWanted = argc > 2 ? QString::fromLocal8Bit(argv[2]).toDouble() : 1.0;
    QStringList slice;
    double sliceMegabytes = 0;
    for (const QString &article : articles) {
        if (sliceMegabytes >= importWanted)
            break;
        slice << article;
        sliceMegabytes += double(article.toUtf8().size()) / 1e6;
    }
    double with = 0, without = 0;
    for (int round = 0; round < 2; ++round) {
        with = std::max(with, importPass(slice, sliceMegabytes, true));
        without = std::max(without, importPass(slice, sliceMegabytes, false));
    }
    std::printf("import, %.2f MB in %lld articles (best of 2, interleaved):\n", sliceMegabytes, qlonglong(slice.size()));
    std::printf("  without figure storage (baseline): %8.3f MB/s\n", without);
    std::printf("  with figures and suggested charts: %8.3f MB/s\n", with);
    std::printf("ratio import with / without figure storage: %.3f\n", with / without);
    oneSentenceScaling();
    return 0;
}
