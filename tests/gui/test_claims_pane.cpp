// The Claims pane on a library of our four outlets (tests/data/claims): claims with their
// articles under them, the filters, the threshold, and the sentence an article's row opens.
#include "claim_tree_model.h"
#include "claims_pane.h"
#include "claims/library_claims.h"
#include "import/importer.h"
#include "store/library.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QPoint>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace dokhae;
using gui::ClaimTreeModel;

class TestClaimsPane : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void claimsHaveTheirArticlesUnderThem();
    void filtersNarrowTheClaims();
    void thresholdChangesTheFlags();
    void activatingAnArticleOpensItsSentence();
    void claimsReadElsewhere();

private:
    QModelIndex investmentRow(const ClaimTreeModel &model) const;

    QTemporaryDir m_dir;
    store::Library m_library;
};

void TestClaimsPane::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_library.open(m_dir.filePath(u"claims.sqlite"_s)), qPrintable(m_library.lastError()));
    QCOMPARE(import::Importer(m_library).run({QStringLiteral(DOKHAE_TEST_DATA_DIR "/claims")})
                 .count(import::ImportStatus::Added), 4);
}

QModelIndex TestClaimsPane::investmentRow(const ClaimTreeModel &model) const
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const claims::ClaimGroup *group = model.group(model.index(row, 0));
        if (group->subjectEn == u"China"_s && group->measureKey == u"투자액"_s)
            return model.index(row, 0);
    }
    return {};
}

void TestClaimsPane::claimsHaveTheirArticlesUnderThem()
{
    gui::ClaimsPane pane;
    QAbstractItemModelTester tester(pane.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    pane.setLanguage(u"en"_s);
    pane.setLibrary(&m_library);
    const ClaimTreeModel &model = *pane.model();
    QVERIFY(model.rowCount() >= 2);
    const QModelIndex investment = investmentRow(model);
    QVERIFY(investment.isValid());
    QVERIFY(investment.data().toString().startsWith(u"China · "_s));
    QCOMPARE(model.rowCount(investment), 4);
    QVERIFY(investment.data(ClaimTreeModel::FlaggedRole).toBool());
    QVERIFY(!investment.data(Qt::ToolTipRole).toString().isEmpty());
    const QModelIndex first = model.index(0, ClaimTreeModel::ValueColumn, investment);
    QCOMPARE(first.parent(), investment);
    QVERIFY(first.data().toString().startsWith(u"$"_s));
    QCOMPARE(model.index(0, ClaimTreeModel::DateColumn, investment).data().toString(), u"Jan 15, 2025"_s);
    pane.setLanguage(u"ko"_s);
    QVERIFY(investmentRow(model).data().toString().startsWith(u"중국 · "_s));
}

void TestClaimsPane::filtersNarrowTheClaims()
{
    gui::ClaimsPane pane;
    pane.setLibrary(&m_library);
    const int all = pane.model()->rowCount();
    claims::ClaimFilter filter;
    filter.entity = u"China"_s;
    filter.measure = u"투자액"_s;
    pane.setFilter(filter);
    QCOMPARE(pane.model()->rowCount(), 1);
    QVERIFY(investmentRow(*pane.model()).isValid());
    filter = {};
    filter.flaggedOnly = true;
    pane.setFilter(filter);
    QVERIFY(pane.model()->rowCount() >= 1 && pane.model()->rowCount() <= all);
    filter.year = 2019;
    pane.setFilter(filter);
    QCOMPARE(pane.model()->rowCount(), 0);
    QCOMPARE(pane.filter().year, 2019);
}

void TestClaimsPane::thresholdChangesTheFlags()
{
    gui::ClaimsPane pane;
    pane.setLibrary(&m_library);
    const auto valuesFlags = [&] {
        const claims::ClaimGroup *group = pane.model()->group(investmentRow(*pane.model()));
        return std::count_if(group->flags.cbegin(), group->flags.cend(),
                             [](const auto &flag) { return flag.kind == claims::FlagKind::ValuesDiffer; });
    };
    QCOMPARE(valuesFlags(), 1);
    pane.setThreshold(0.25);
    QCOMPARE(pane.threshold(), 0.25);
    QCOMPARE(valuesFlags(), 0);
}

void TestClaimsPane::activatingAnArticleOpensItsSentence()
{
    gui::ClaimsPane pane;
    pane.setLibrary(&m_library);
    QSignalSpy opened(&pane, &gui::ClaimsPane::sentenceRequested);
    const QModelIndex investment = investmentRow(*pane.model());
    const QModelIndex member = pane.model()->index(1, 0, investment);
    emit pane.view()->activated(member);
    QCOMPARE(opened.size(), 1);
    const qint64 articleId = opened.first().at(0).toLongLong();
    const auto start = opened.first().at(1).value<qsizetype>();
    const auto end = opened.first().at(2).value<qsizetype>();
    const auto article = m_library.article(articleId);
    QVERIFY(article);
    const QString sentence = article->text.mid(start, end - start);
    const QPoint figure = member.data(ClaimTreeModel::FigureSpanRole).toPoint();
    QVERIFY(figure.x() >= start && figure.y() <= end);
    QVERIFY(sentence.contains(pane.model()->member(member)->figure.text));
    // A claim's own row opens nothing.
    emit pane.view()->activated(investment);
    QCOMPARE(opened.size(), 1);
}

void TestClaimsPane::claimsReadElsewhere()
{
    gui::ClaimsPane pane;
    QSignalSpy asked(&pane, &gui::ClaimsPane::optionsChanged);
    const auto groups = claims::libraryClaims(m_library, pane.options());
    QVERIFY(groups);
    pane.setClaims(*groups, claims::librarySubjects(m_library));
    QVERIFY(investmentRow(*pane.model()).isValid());
    pane.setThreshold(0.3);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(pane.options().threshold, 0.3);
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestClaimsPane test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_claims_pane.moc"
