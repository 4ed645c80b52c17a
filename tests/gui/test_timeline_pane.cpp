// The Timeline pane on events of our own texts: groups by year and by month in time order, the
// unplaced ones last, the entity filter, open dates marked, and an activated event asking for its
// sentence.
#include "timeline/timeline_event.h"
#include "timeline_pane.h"

#include <QApplication>
#include <QComboBox>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace dokhae;
using gui::TimelinePane;

namespace {

// Two articles: one dated, naming 화웨이 in two sentences; one undated.
QList<timeline::TimelineEvent> sampleEvents()
{
    const QString dated = u"화웨이는 2024년 3월 새 칩을 공개했다. 지난달 양산이 시작됐다. 화웨이는 최근 공장을 늘렸다. "
                          u"2024년 11월 5일 협약이 맺어졌다."_s;
    entities::ArticleEntity huawei;
    huawei.entity.id = u"huawei"_s;
    huawei.entity.nameKo = u"화웨이"_s;
    huawei.entity.nameEn = u"Huawei"_s;
    for (qsizetype at = dated.indexOf(u"화웨이"_s); at >= 0; at = dated.indexOf(u"화웨이"_s, at + 1))
        huawei.mentions << entities::Mention{at, at + 3, u"화웨이"_s};
    ArticleSummary first;
    first.id = 1;
    first.meta.source = u"가상일보"_s;
    first.meta.published = QDate(2025, 3, 27);
    ArticleSummary second;
    second.id = 2;
    QList<timeline::TimelineEvent> events = timeline::articleEvents(dated, first, {huawei});
    events += timeline::articleEvents(u"지난해 합작사가 세워졌다."_s, second, {});
    timeline::sortByDate(events);
    return events;
}

QTreeWidget *treeOf(TimelinePane &pane)
{
    return pane.findChild<QTreeWidget *>();
}

QStringList groupNames(TimelinePane &pane)
{
    QStringList names;
    for (int i = 0; i < treeOf(pane)->topLevelItemCount(); ++i)
        names << treeOf(pane)->topLevelItem(i)->text(0);
    return names;
}

} // namespace

class TestTimelinePane : public QObject {
    Q_OBJECT

private slots:
    void groupsByYearAndMonth();
    void filtersByEntity();
    void openDatesAreMarked();
    void filtersToTheArticleBeingRead();
    void activatingAnEventAsksForItsSentence();
};

void TestTimelinePane::groupsByYearAndMonth()
{
    TimelinePane pane;
    pane.setEvents(sampleEvents());
    QCOMPARE(pane.shownEventCount(), 5);
    QCOMPARE(pane.zoom(), TimelinePane::Zoom::Year);
    // 2024: 2024년 3월, 2024년 11월 5일; 2025: 지난달, 최근; then the undated article's 지난해.
    QCOMPARE(groupNames(pane), (QStringList{u"2024"_s, u"2025"_s, u"Not placed in time"_s}));
    QCOMPARE(treeOf(pane)->topLevelItem(0)->childCount(), 2);
    pane.setZoom(TimelinePane::Zoom::Month);
    QCOMPARE(pane.groupCount(), 5);  // March 2024, November 2024, February 2025, March 2025, unplaced
    QCOMPARE(pane.shownEventCount(), 5);
    QCOMPARE(treeOf(pane)->topLevelItem(0)->text(0), u"March 2024"_s);
}

void TestTimelinePane::filtersByEntity()
{
    TimelinePane pane;
    pane.setEvents(sampleEvents());
    auto *entityBox = pane.findChildren<QComboBox *>().at(1);
    QCOMPARE(entityBox->count(), 2);  // all, and 화웨이 (the only entity the events name)
    entityBox->setCurrentIndex(1);
    QCOMPARE(pane.entityFilter(), u"huawei"_s);
    QCOMPARE(pane.shownEventCount(), 2);  // 2024년 3월 and 최근: the sentences that name 화웨이
    pane.setEntityFilter(u"nobody"_s);
    QCOMPARE(pane.shownEventCount(), 0);
    pane.setEntityFilter(QString());
    QCOMPARE(pane.shownEventCount(), 5);
}

void TestTimelinePane::filtersToTheArticleBeingRead()
{
    TimelinePane pane;
    pane.setEvents(sampleEvents());
    pane.setCurrentArticle(2);
    QCOMPARE(pane.shownEventCount(), 5);  // the whole library until asked
    pane.setArticleOnly(true);
    QCOMPARE(pane.shownEventCount(), 1);  // 지난해: the second article's one event
    pane.setCurrentArticle(1);
    QCOMPARE(pane.shownEventCount(), 4);
    pane.setEntityFilter(u"huawei"_s);
    QCOMPARE(pane.shownEventCount(), 2);  // both filters at once
    pane.setArticleOnly(false);
    pane.setEntityFilter(QString());
    QCOMPARE(pane.shownEventCount(), 5);
}

void TestTimelinePane::openDatesAreMarked()
{
    TimelinePane pane;
    pane.setEvents(sampleEvents());
    QTreeWidgetItem *recent = nullptr;
    QTreeWidgetItem *march = nullptr;
    for (QTreeWidgetItemIterator it(treeOf(pane)); *it; ++it) {
        if ((*it)->text(1) == u"최근"_s)
            recent = *it;
        if ((*it)->text(1) == u"2024년 3월"_s)
            march = *it;
    }
    QVERIFY(recent && march);
    QCOMPARE(recent->text(0), u"~../2025-03-27"_s);
    QVERIFY(recent->font(0).italic());
    QCOMPARE(march->text(0), u"2024-03"_s);
    QVERIFY(!march->font(0).italic());
    QCOMPARE(march->text(3), u"Huawei"_s);  // the interface is English here
}

void TestTimelinePane::activatingAnEventAsksForItsSentence()
{
    TimelinePane pane;
    const QList<timeline::TimelineEvent> events = sampleEvents();
    pane.setEvents(events);
    QSignalSpy spy(&pane, &TimelinePane::sentenceRequested);
    QTreeWidget *tree = treeOf(pane);
    emit tree->itemActivated(tree->topLevelItem(0), 0);  // a group asks for nothing
    QCOMPARE(spy.count(), 0);
    emit tree->itemActivated(tree->topLevelItem(0)->child(0), 0);
    QCOMPARE(spy.count(), 1);
    const timeline::TimelineEvent &first = events.first();
    QCOMPARE(spy.at(0).at(0).toLongLong(), first.articleId);
    QCOMPARE(spy.at(0).at(1).value<qsizetype>(), first.sentenceStart);
    QCOMPARE(spy.at(0).at(2).value<qsizetype>(), first.sentenceEnd);
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestTimelinePane test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_timeline_pane.moc"
