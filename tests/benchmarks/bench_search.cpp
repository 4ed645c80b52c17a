// Measures Korean search schemes on one corpus: FTS5 with our bigram tokenizer, a pre-tokenized
// bigram column under unicode61, and the unicode61 and trigram baselines. Prints index time, file
// size, query latency, recall and precision, with ratios against unicode61 from the same run.
// Not a test: run it by hand (bench_search [articles]).
#include "import/article_parser.h"
#include "search/bigram_tokenizer.h"
#include "search/search_query.h"
#include "store/fts_tokenizer.h"
#include "store/library.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

using namespace dokhae;

namespace {

struct Doc {
    QString title;
    QString text;
};

struct Scheme {
    const char *name;
    QString createSql;
    std::function<QStringList(const Doc &)> indexedColumns;  // values for the FTS table's columns
    std::function<QString(const QString &)> match;           // MATCH expression for a query term
    bool externalContent;                                     // reads title/text from docs
};

struct Result {
    double indexMs = 0;
    double sizeMb = 0;
    double rankMs = 0;  // all hits, ranked: mean per query
    double pageMs = 0;  // best 50 hits with snippets: mean per query
    double recall = 0;
    double precision = 0;
};

const QStringList kQueries{u"딥시크"_qs, u"특허"_qs, u"알리바바"_qs, u"반도체"_qs, u"엔비디아"_qs,
                           u"Qwen"_qs,   u"MoE"_qs,  u"중국"_qs,     u"칩"_qs,     u"화웨이"_qs};

// Seeds repeated with paragraphs shuffled, dropped and borrowed from other seeds, so that the
// corpus has the seeds' vocabulary but no two articles are the same.
QList<Doc> buildCorpus(int count)
{
    QList<QStringList> seeds;
    QStringList titles;
    const QDir seedDir(QStringLiteral(DOKHAE_SEEDS_DIR));
    for (const QString &name : seedDir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        const auto parsed = import::parseArticleFile(seedDir.filePath(name));
        if (parsed.ok) {
            seeds << parsed.article.text.split(u'\n');
            titles << parsed.article.meta.title;
        }
    }
    QList<Doc> corpus;
    if (seeds.isEmpty())
        return corpus;
    QRandomGenerator random(2025);
    for (int i = 0; i < count; ++i) {
        const auto pick = random.bounded(static_cast<int>(seeds.size()));
        QStringList paragraphs = seeds[pick];
        std::shuffle(paragraphs.begin(), paragraphs.end(), random);
        paragraphs = paragraphs.mid(0, std::max<qsizetype>(1, paragraphs.size() * 2 / 3));
        const auto &other = seeds[random.bounded(static_cast<int>(seeds.size()))];
        paragraphs.insert(random.bounded(static_cast<int>(paragraphs.size())), other[random.bounded(static_cast<int>(other.size()))]);
        paragraphs << QStringLiteral("이 기사는 %1번째 시험 기사다.").arg(i);
        corpus.append({titles[pick] + QStringLiteral(" (%1)").arg(i), paragraphs.join(u'\n')});
    }
    return corpus;
}

bool isCjkLetter(QChar c)
{
    const auto script = c.script();
    return script == QChar::Script_Hangul || script == QChar::Script_Han || script == QChar::Script_Hiragana
           || script == QChar::Script_Katakana;
}

QString quoted(const QString &term)
{
    return u'"' + QString(term).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

// Pre-tokenized scheme: bigrams (and Latin words) as a unicode61 column, single letters apart.
QString gramsOf(const QString &text, bool dropRunEnds)
{
    QStringList grams;
    search::tokenizeUtf8(text.toStdString(), search::TokenizeMode::Query, [&](const search::Token &token) {
        const QString gram = QString::fromStdString(token.text);
        const bool runEnd = gram.size() == 1 && isCjkLetter(gram[0]) && !grams.isEmpty()
                            && isCjkLetter(grams.last().back());
        if (!(dropRunEnds && runEnd))
            grams << gram;
    });
    return grams.join(u' ');
}

QString lettersOf(const QString &text)
{
    QString letters;
    for (const QChar c : text) {
        if (isCjkLetter(c))
            letters += c + QStringLiteral(" ");
    }
    return letters;
}

QList<Scheme> schemes()
{
    const auto plain = [](const Doc &doc) { return QStringList{doc.title, doc.text}; };
    return {
        {"unicode61", u"CREATE VIRTUAL TABLE idx USING fts5(title, text, content='docs', content_rowid='id', tokenize='unicode61')"_qs,
         plain, [](const QString &q) { return search::toFtsMatch(q); }, true},
        {"trigram", u"CREATE VIRTUAL TABLE idx USING fts5(title, text, content='docs', content_rowid='id', tokenize='trigram')"_qs,
         plain, [](const QString &q) { return quoted(q); }, true},
        {"bigram tokenizer", u"CREATE VIRTUAL TABLE idx USING fts5(title, text, content='docs', content_rowid='id', tokenize='dokhae_bigram')"_qs,
         plain, [](const QString &q) { return search::toFtsMatch(q); }, true},
        {"pre-tokenized", u"CREATE VIRTUAL TABLE idx USING fts5(title, text, title_letters, text_letters, tokenize='unicode61')"_qs,
         [](const Doc &doc) {
             return QStringList{gramsOf(doc.title, false), gramsOf(doc.text, false), lettersOf(doc.title), lettersOf(doc.text)};
         },
         [](const QString &q) {
             if (q.size() == 1 && isCjkLetter(q[0]))
                 return QStringLiteral("{title_letters text_letters} : ") + quoted(q);
             return QStringLiteral("{title text} : ") + quoted(gramsOf(q, true));
         },
         false},
    };
}

QSet<qint64> relevantDocs(const QList<Doc> &corpus, const QString &query)
{
    QSet<qint64> ids;
    for (qsizetype i = 0; i < corpus.size(); ++i) {
        if (corpus[i].title.contains(query, Qt::CaseInsensitive) || corpus[i].text.contains(query, Qt::CaseInsensitive))
            ids.insert(i + 1);
    }
    return ids;
}

// Mean milliseconds of a few runs of work.
double timed(const std::function<void()> &work)
{
    constexpr int runs = 10;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < runs; ++i)
        work();
    return static_cast<double>(timer.nsecsElapsed()) / 1e6 / runs;
}

bool exec(QSqlQuery &query, const QString &sql)
{
    if (query.exec(sql))
        return true;
    std::fprintf(stderr, "SQL failed: %s\n%s\n", qPrintable(sql), qPrintable(query.lastError().text()));
    return false;
}

Result measure(const Scheme &scheme, const QList<Doc> &corpus, const QString &path)
{
    Result result;
    const QString connection = QString::fromLatin1(scheme.name);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (!db.open() || !store::registerBigramTokenizer(db, nullptr))
            return result;
        QSqlQuery query(db);
        if (!exec(query, u"CREATE TABLE docs (id INTEGER PRIMARY KEY, title TEXT, text TEXT)"_qs) || !exec(query, scheme.createSql))
            return result;

        QElapsedTimer timer;
        timer.start();
        db.transaction();
        QSqlQuery insertDoc(db);
        insertDoc.prepare(u"INSERT INTO docs (id, title, text) VALUES (?, ?, ?)"_qs);
        QSqlQuery insertIndex(db);
        if (scheme.externalContent)
            insertIndex.prepare(u"INSERT INTO idx (rowid, title, text) VALUES (?, ?, ?)"_qs);
        else
            insertIndex.prepare(u"INSERT INTO idx (rowid, title, text, title_letters, text_letters) VALUES (?, ?, ?, ?, ?)"_qs);
        for (qsizetype i = 0; i < corpus.size(); ++i) {
            insertDoc.addBindValue(i + 1);
            insertDoc.addBindValue(corpus[i].title);
            insertDoc.addBindValue(corpus[i].text);
            insertDoc.exec();
            insertIndex.addBindValue(i + 1);
            for (const QString &value : scheme.indexedColumns(corpus[i]))
                insertIndex.addBindValue(value);
            if (!insertIndex.exec())
                std::fprintf(stderr, "%s: %s\n", scheme.name, qPrintable(insertIndex.lastError().text()));
        }
        db.commit();
        result.indexMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;

        double recallSum = 0;
        double precisionSum = 0;
        for (const QString &term : kQueries) {
            const QString match = scheme.match(term);
            QSet<qint64> found;
            result.rankMs += timed([&] {
                found.clear();
                QSqlQuery all(db);
                all.setForwardOnly(true);
                all.prepare(u"SELECT rowid FROM idx WHERE idx MATCH ? ORDER BY rank"_qs);
                all.addBindValue(match);
                all.exec();
                while (all.next())
                    found.insert(all.value(0).toLongLong());
            });
            // What the library pane shows: the best page of hits with their snippets. A snippet of
            // the pre-tokenized column would show bigrams, not text, so it shows none.
            const QString snippet = scheme.externalContent ? u"snippet(idx, -1, '[', ']', '…', 48)"_qs : u"''"_qs;
            result.pageMs += timed([&] {
                QSqlQuery page(db);
                page.setForwardOnly(true);
                page.prepare(u"SELECT rowid, %1 FROM idx WHERE idx MATCH ? ORDER BY rank LIMIT 50"_qs.arg(snippet));
                page.addBindValue(match);
                page.exec();
                while (page.next())
                    page.value(1).toString();
            });
            const QSet<qint64> relevant = relevantDocs(corpus, term);
            const auto hits = static_cast<double>(QSet<qint64>(found).intersect(relevant).size());
            recallSum += relevant.isEmpty() ? 1.0 : hits / static_cast<double>(relevant.size());
            precisionSum += found.isEmpty() ? (relevant.isEmpty() ? 1.0 : 0.0) : hits / static_cast<double>(found.size());
        }
        const auto queries = static_cast<double>(kQueries.size());
        result.rankMs /= queries;
        result.pageMs /= queries;
        result.recall = recallSum / queries;
        result.precision = precisionSum / queries;
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    result.sizeMb = static_cast<double>(QFileInfo(path).size()) / (1024.0 * 1024.0);
    return result;
}

// The path the application takes: one transaction per article through Library, then its search
// (best 200 hits with snippets).
void measureLibrary(const QList<Doc> &corpus, const QString &path)
{
    store::Library library;
    if (!library.open(path)) {
        std::fprintf(stderr, "%s\n", qPrintable(library.lastError()));
        return;
    }
    QElapsedTimer timer;
    timer.start();
    for (qsizetype i = 0; i < corpus.size(); ++i) {
        import::ParsedArticle article;
        article.meta.title = corpus[i].title;
        article.text = corpus[i].text;
        article.sourceFile = QStringLiteral("/bench/%1.txt").arg(i);
        library.addArticle(article);
    }
    const double importMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    // Reopening after a clean close reads no more than it needs; reading every page (what an open
    // after a crash does, and `dokhae-cli check`) is the baseline it saves.
    library.close();
    timer.restart();
    library.open(path);
    const double openMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    library.checkWholeFile();
    const double checkMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    double worstMs = 0;
    double totalMs = 0;
    for (const QString &term : kQueries) {
        const double ms = timed([&] { library.search(term); });
        worstMs = std::max(worstMs, ms);
        totalMs += ms;
    }
    std::printf("\nLibrary (as the app runs it): %lld articles added in %.0f ms (%.2f ms each, one transaction "
                "each);\nreopening it after a clean close %.1f ms; reading every page (after a crash, or on demand) "
                "%.1f ms; file %.1f MB;\n"
                "search (best 200 with snippets): mean %.2f ms, slowest query %.2f ms\n",
                static_cast<long long>(corpus.size()), importMs, importMs / static_cast<double>(corpus.size()), openMs, checkMs,
                static_cast<double>(QFileInfo(path).size()) / (1024.0 * 1024.0),
                totalMs / static_cast<double>(kQueries.size()), worstMs);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 2000;
    const QList<Doc> corpus = buildCorpus(count);
    if (corpus.isEmpty()) {
        std::fprintf(stderr, "No seeds could be parsed from %s\n", DOKHAE_SEEDS_DIR);
        return 1;
    }
    QTemporaryDir dir;
    qint64 characters = 0;
    for (const Doc &doc : corpus)
        characters += doc.text.size();
    std::printf("corpus: %lld articles, %.1f M characters; %lld queries, 10 runs each\n\n",
                static_cast<long long>(corpus.size()), static_cast<double>(characters) / 1e6,
                static_cast<long long>(kQueries.size()));

    QList<std::pair<const char *, Result>> results;
    for (const Scheme &scheme : schemes())
        results.append({scheme.name, measure(scheme, corpus, dir.filePath(QString::fromLatin1(scheme.name) + u".sqlite"_qs))});

    const Result &base = results.first().second;
    std::printf("%-17s %9s %6s %8s %6s %8s %6s %8s %6s %7s %9s\n", "scheme", "index ms", "x", "size MB", "x", "rank ms",
                "x", "page ms", "x", "recall", "precision");
    for (const auto &[name, r] : results)
        std::printf("%-17s %9.0f %6.2f %8.2f %6.2f %8.2f %6.2f %8.2f %6.2f %7.3f %9.3f\n", name, r.indexMs,
                    r.indexMs / base.indexMs, r.sizeMb, r.sizeMb / base.sizeMb, r.rankMs, r.rankMs / base.rankMs, r.pageMs,
                    r.pageMs / base.pageMs, r.recall, r.precision);
    measureLibrary(corpus, dir.filePath(QStringLiteral("library.sqlite")));
    std::printf("\nrank: all hits of a query ordered by bm25; page: the best 50 with snippets (none for "
                "pre-tokenized).\nrecall/precision against substring occurrence of the query in title or text.\n");
    return 0;
}
