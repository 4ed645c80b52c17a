// View ▸ Claims and View ▸ Timeline in the window (gui/desk_docks.h), on a library of articles of
// our own in which four outlets quote the same claim: each view is read in the background when
// shown, a quotation or an event opens its sentence in the reader, and Chart Sources adds a chart
// of the claim's sources to the Charts tab, undoably.
#include "charts_pane.h"
#include "claim_tree_model.h"
#include "claims_pane.h"
#include "desk_docks.h"
#include "gui_fixture.h"
#include "import/importer.h"
#include "reader_view.h"
#include "store/library.h"
#include "timeline_pane.h"

#include <QAction>
#include <QDockWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace dokhae;

class TestDeskDocks : public test::GuiTestCase {
    Q_OBJECT

public:
    TestDeskDocks()
        : GuiTestCase(QStringLiteral("test_desk_docks"))
    {
    }

private:
    std::unique_ptr<gui::MainWindow> openOnOwnArticles()
    {
        {
            store::Library library;
            if (!library.open(dbPath()))
                return nullptr;
            if (!import::Importer(library).run({QStringLiteral(DOKHAE_TEST_DATA_DIR "/claims")}).allImported())
                return nullptr;
        }
        return openWindow();
    }

private slots:
    void claimsReadWhenShownAndCharted()
    {
        const auto window = openOnOwnArticles();
        QVERIFY(window);
        auto *desk = window->findChild<gui::DeskDocks *>();
        QVERIFY(desk);
        QVERIFY(!desk->claimsDock()->isVisible());  // nothing read until the analyst asks
        QSignalSpy shown(desk, &gui::DeskDocks::claimsShown);
        desk->claimsDock()->toggleViewAction()->trigger();
        QVERIFY(shown.wait(20000));
        gui::ClaimTreeModel *model = desk->claimsPane()->model();
        QVERIFY(model->rowCount() >= 1);

        // The claim four outlets quote: chart its sources.
        int row = -1;
        for (int i = 0; i < model->rowCount(); ++i) {
            if (model->group(model->index(i, 0))->sourceCount() == 4)
                row = i;
        }
        QVERIFY(row >= 0);
        const claims::ClaimGroup group = *model->group(model->index(row, 0));
        desk->claimsPane()->view()->setCurrentIndex(model->index(row, 0));
        auto *chartButton = desk->claimsPane()->findChild<QPushButton *>(QStringLiteral("chartSources"));
        QVERIFY(chartButton->isEnabled());
        auto *charts = window->findChild<gui::ChartsPane *>(QStringLiteral("chartsPane"));
        QTest::mouseClick(chartButton, Qt::LeftButton);
        const std::optional<charts::ChartSpec> made = charts->currentChart();
        QVERIFY(made);
        QCOMPARE(made->pointCount(), int(group.members.size()));
        QCOMPARE(made->series.first().points.first().labelKo, group.members.first().article.outlet);
        QCOMPARE(made->origin, charts::ChartOrigin::User);
        auto *undo = window->findChild<QUndoStack *>();
        QVERIFY(undo && undo->canUndo());
        undo->undo();  // the chart goes as any chart edit does
        QVERIFY(!charts->currentChart() || charts->currentChart()->id != made->id);

        // A quotation opens its sentence in the reader.
        const QModelIndex member = model->index(0, 0, model->index(row, 0));
        const claims::ClaimMember *quoted = model->member(member);
        QVERIFY(quoted);
        emit desk->claimsPane()->view()->activated(member);
        auto *reader = window->findChild<gui::ReaderView *>(QStringLiteral("readerView"));
        QTRY_COMPARE(reader->textCursor().selectedText(), quoted->sentence);
    }

    void timelineReadWhenShown()
    {
        const auto window = openOnOwnArticles();
        QVERIFY(window);
        auto *desk = window->findChild<gui::DeskDocks *>();
        QSignalSpy shown(desk, &gui::DeskDocks::timelineShown);
        desk->timelineDock()->toggleViewAction()->trigger();
        QVERIFY(shown.wait(20000));
        const QList<timeline::TimelineEvent> events = desk->timelinePane()->events();
        QVERIFY(!events.isEmpty());
        QVERIFY(desk->timelinePane()->shownEventCount() > 0);
        const timeline::TimelineEvent &event = events.first();
        emit desk->timelinePane()->sentenceRequested(event.articleId, event.sentenceStart, event.sentenceEnd);
        auto *reader = window->findChild<gui::ReaderView *>(QStringLiteral("readerView"));
        QTRY_COMPARE(reader->textCursor().selectedText(), event.sentence);
    }
};

QTEST_MAIN(TestDeskDocks)
#include "test_desk_docks.moc"
