// A brief of the four seed articles (brief/brief.h, brief_export.h): what it gathers, an HTML file
// that references nothing outside itself and escapes what the analyst typed, a PDF of a title page
// and a page or more per article, and a failed write that leaves nothing behind.
#include "brief.h"
#include "brief_export.h"
#include "import/importer.h"
#include "store/annotation_store.h"
#include "store/chart_store.h"
#include "store/library.h"

#include <QFile>
#include <QApplication>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace dokhae;

class TestBrief : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_folder;
    store::Library m_library;
    QList<qint64> m_ids;

    QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_folder.isValid());
        QVERIFY2(m_library.open(m_folder.filePath(QStringLiteral("seeds.sqlite"))), qPrintable(m_library.lastError()));
        QVERIFY(import::Importer(m_library).run({QStringLiteral(DOKHAE_SEEDS_DIR)}).allImported());
        for (const ArticleSummary &summary : m_library.articles())
            m_ids << summary.id;
        QCOMPARE(m_ids.size(), 4);
        store::AnnotationStore notes(m_library);
        // Two highlights in the second article, made in reverse order; one in the fourth, with a
        // note that tries to be markup.
        QVERIFY(notes.create(m_ids[1], 40, 60, QStringLiteral("blue"), QStringLiteral("나중 문장"), {QStringLiteral("확인")}));
        QVERIFY(notes.create(m_ids[1], 0, 20, QStringLiteral("yellow"), QStringLiteral("첫 문장\n둘째 줄"), {QStringLiteral("확인")}));
        QVERIFY(notes.create(m_ids[3], 0, 10, QStringLiteral("green"),
                             QStringLiteral("<script>alert(1)</script><img src=\"https://example.com/x.png\"><a href='https://example.com'>")));
    }

    void gathersInTextOrder()
    {
        QString error;
        const std::optional<brief::Brief> made = brief::gatherBrief(m_library, {m_ids[1], m_ids[3], m_ids[1]}, QStringLiteral("ko"), &error);
        QVERIFY2(made, qPrintable(error));
        QCOMPARE(made->articles.size(), 2);  // the repeated id once
        QCOMPARE(made->articles[0].summary.id, m_ids[1]);
        QCOMPARE(made->articles[0].annotations.size(), 2);
        QVERIFY(made->articles[0].annotations[0].start < made->articles[0].annotations[1].start);
        for (const brief::BriefArticle &article : made->articles) {
            for (const charts::ChartSpec &chart : article.charts)
                QCOMPARE(chart.articleId, article.summary.id);
        }
        QVERIFY(!brief::gatherBrief(m_library, {m_ids[0], 999999}, QStringLiteral("ko"), &error));
        QVERIFY2(error.contains(QLatin1String("999999")), qPrintable(error));
    }

    void selectsByTag()
    {
        QString error;
        QCOMPARE(brief::articlesTagged(m_library, QStringLiteral("확인"), &error), QList<qint64>{m_ids[1]});
        QVERIFY(brief::articlesTagged(m_library, QStringLiteral("없는 태그"), &error).isEmpty());
        QVERIFY(error.isEmpty());
    }

    void htmlIsSelfContained()
    {
        QString error;
        const std::optional<brief::Brief> made = brief::gatherBrief(m_library, m_ids, QStringLiteral("ko"), &error);
        QVERIFY2(made, qPrintable(error));
        int charts = 0;
        for (const brief::BriefArticle &article : made->articles)
            charts += int(article.charts.size());
        QVERIFY2(charts > 0, "the seeds have suggested charts");
        const QString path = m_folder.filePath(QStringLiteral("brief.html"));
        QVERIFY2(brief::writeBriefHtml(*made, QStringLiteral("ko"), path, &error), qPrintable(error));
        const QString html = QString::fromUtf8(readAll(path));
        for (const brief::BriefArticle &article : made->articles)
            QVERIFY2(html.contains(article.summary.meta.title.toHtmlEscaped()), qPrintable(article.summary.meta.title));
        QCOMPARE(html.count(QLatin1String("<img ")), charts);
        QCOMPARE(html.count(QLatin1String("src=\"data:image/png;base64,")), charts);
        QVERIFY(html.contains(QStringLiteral("첫 문장<br>둘째 줄")));
        QVERIFY(html.indexOf(QStringLiteral("첫 문장")) < html.indexOf(QStringLiteral("나중 문장")));  // text order
        // What the analyst typed stays text: no script, no picture fetched from elsewhere.
        QVERIFY(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive));
        QVERIFY(html.contains(QLatin1String("&lt;script&gt;")));
        const QRegularExpression reference(QStringLiteral("(?:src|href)\\s*=\\s*[\"']([^\"']*)|url\\(\\s*[\"']?([^\"')]+)"),
                                           QRegularExpression::CaseInsensitiveOption);
        int references = 0;
        for (auto it = reference.globalMatch(html); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            const QString target = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
            QVERIFY2(target.startsWith(QLatin1String("data:")) || target.startsWith(u'#'), qPrintable(target));
            ++references;
        }
        QCOMPARE(references, charts);
    }

    void pdfHasAPagePerArticle()
    {
        QString error;
        const std::optional<brief::Brief> made = brief::gatherBrief(m_library, m_ids, QStringLiteral("ko"), &error);
        QVERIFY2(made, qPrintable(error));
        const QString path = m_folder.filePath(QStringLiteral("brief.pdf"));
        QVERIFY2(brief::writeBriefPdf(*made, QStringLiteral("en"), path, &error), qPrintable(error));
        const QByteArray pdf = readAll(path);
        QVERIFY(pdf.startsWith("%PDF-"));
        const qsizetype pages = QString::fromLatin1(pdf).count(QRegularExpression(QStringLiteral("/Type\\s*/Page[^s]")));
        QVERIFY2(pages >= 1 + made->articles.size(), qPrintable(QString::number(pages)));
        QVERIFY2(pdf.contains("/FontFile"), "the fonts are embedded");
    }

    // Four outlets of our own quote one claim with different values: a brief of one of them
    // lists the claim with its flag and every quotation, the others marked as outside the brief.
    void claimsWithTheirFlags()
    {
        store::Library library;
        QVERIFY(library.open(m_folder.filePath(QStringLiteral("claims.sqlite"))));
        QVERIFY(import::Importer(library).run({QStringLiteral(DOKHAE_TEST_DATA_DIR "/claims")}).allImported());
        qint64 techbrief = 0;
        for (const ArticleSummary &summary : library.articles()) {
            if (summary.meta.source == QStringLiteral("테크브리프"))
                techbrief = summary.id;
        }
        QVERIFY(techbrief > 0);
        QString error;
        const std::optional<brief::Brief> made = brief::gatherBrief(library, {techbrief}, QStringLiteral("en"), &error);
        QVERIFY2(made, qPrintable(error));
        QVERIFY(!made->claims.isEmpty());
        const auto flagged = std::find_if(made->claims.cbegin(), made->claims.cend(),
                                          [](const claims::ClaimGroup &g) { return g.isFlagged() && g.sourceCount() >= 3; });
        QVERIFY(flagged != made->claims.cend());
        const QString path = m_folder.filePath(QStringLiteral("claims.html"));
        QVERIFY2(brief::writeBriefHtml(*made, QStringLiteral("en"), path, &error), qPrintable(error));
        const QString html = QString::fromUtf8(readAll(path));
        QVERIFY(html.contains(QStringLiteral("Claims across sources")));
        QVERIFY(html.contains(flagged->flags.first().reason.toHtmlEscaped().replace(u'\'', QStringLiteral("&#39;"))));
        for (const claims::ClaimMember &member : flagged->members)
            QVERIFY2(html.contains(member.figure.text.toHtmlEscaped()), qPrintable(member.figure.text));
        QVERIFY(html.contains(QStringLiteral("not in this brief")));
    }

    void failedWriteLeavesNothing()
    {
        QString error;
        const std::optional<brief::Brief> made = brief::gatherBrief(m_library, {m_ids[0]}, QStringLiteral("ko"), &error);
        QVERIFY(made);
        const QString path = m_folder.filePath(QStringLiteral("no-such-folder/brief.pdf"));
        QVERIFY(!brief::writeBriefPdf(*made, QStringLiteral("ko"), path, &error));
        QVERIFY2(error.contains(QLatin1String("no-such-folder")), qPrintable(error));
        QVERIFY(!QFile::exists(path));
        error.clear();
        QVERIFY(!brief::writeBriefHtml(*made, QStringLiteral("ko"), path, &error));
        QVERIFY(!error.isEmpty());
    }
};

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);  // charts are drawn through Qt Charts, a widgets module
    TestBrief test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_brief.moc"
