// The timeline on texts of our own with a known publication date: absolute dates, every relative
// form resolved against publication (across a year boundary too), stretches the text leaves open
// kept open, nothing resolved without a publication date, the years that only date a figure left
// out; then the seeds in a library, asserting only what holds whatever the exact count.
#include "import/importer.h"
#include "store/entity_service.h"
#include "store/library.h"
#include "timeline/library_timeline.h"
#include "timeline/timeline_event.h"

#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace Qt::StringLiterals;
using namespace dokhae;
using timeline::DateCertainty;
using timeline::DatePrecision;
using timeline::EventDate;
using timeline::TimelineEvent;

namespace {

QList<TimelineEvent> eventsOf(const QString &text, const QDate &published,
                              const QList<entities::ArticleEntity> &found = {})
{
    ArticleSummary summary;
    summary.id = 7;
    summary.meta.title = u"제목"_s;
    summary.meta.source = u"테스트일보"_s;
    summary.meta.published = published;
    return timeline::articleEvents(text, summary, found);
}

// The event whose date is written exactly so; a default one (written empty) when there is none.
TimelineEvent eventWritten(const QList<TimelineEvent> &events, const QString &written)
{
    for (const TimelineEvent &event : events) {
        if (event.date.written == written)
            return event;
    }
    return {};
}

QStringList writtenDates(const QList<TimelineEvent> &events)
{
    QStringList written;
    for (const TimelineEvent &event : events)
        written << event.date.written;
    return written;
}

} // namespace

class TestTimeline : public QObject {
    Q_OBJECT

private slots:
    void absoluteDatesAreExact();
    void relativeDatesResolveAgainstPublication_data();
    void relativeDatesResolveAgainstPublication();
    void acrossTheYearBoundary_data();
    void acrossTheYearBoundary();
    void openStretchesStayOpen();
    void withoutPublicationRelativeDatesStayUnresolved();
    void aFiguresYearIsNoEvent();
    void wordsThatOnlyLookLikeDatesAreNoEvents();
    void eventCarriesSentenceEntitiesAndArticle();
    void sortedByPlacementUnresolvedLast();
    void isoTextFollowsPrecision();
    void seedsInALibrary();
};

void TestTimeline::absoluteDatesAreExact()
{
    const QString text = u"배터리 업체 닝더는 2024년 3월 정부 업무 보고 직후 신공장을 발표했다. "
                         u"2021년 5월 7일 첫 제품이 나왔고, 2023년 상반기 출시된 제품은 2019~2022년 판매됐다."_s;
    const QList<TimelineEvent> events = eventsOf(text, QDate(2025, 3, 27));
    QCOMPARE(writtenDates(events), (QStringList{u"2024년 3월"_s, u"2021년 5월 7일"_s, u"2023년 상반기"_s, u"2019~2022년"_s}));
    const EventDate march = events[0].date;
    QCOMPARE(march.certainty, DateCertainty::Exact);
    QCOMPARE(march.precision, DatePrecision::Month);
    QVERIFY(!march.relative);
    QCOMPARE(march.start, QDate(2024, 3, 1));
    QCOMPARE(march.end, QDate(2024, 3, 31));
    QCOMPARE(events[1].date.precision, DatePrecision::Day);
    QCOMPARE(events[1].date.start, QDate(2021, 5, 7));
    QCOMPARE(events[2].date.precision, DatePrecision::Half);
    QCOMPARE(events[2].date.end, QDate(2023, 6, 30));
    QCOMPARE(events[3].date.precision, DatePrecision::Range);
    QCOMPARE(events[3].date.start, QDate(2019, 1, 1));
    QCOMPARE(events[3].date.end, QDate(2022, 12, 31));
    QCOMPARE(events[3].date.certainty, DateCertainty::Exact);
}

void TestTimeline::relativeDatesResolveAgainstPublication_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("written");
    QTest::addColumn<QDate>("published");
    QTest::addColumn<int>("precision");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    const QDate p(2025, 3, 27);
    const auto row = [&](const char *name, const QString &sentence, const QString &written, DatePrecision precision,
                         QDate start, QDate end, QDate published = {}) {
        QTest::newRow(name) << sentence << written << (published.isValid() ? published : p) << int(precision) << start << end;
    };
    row("지난해", u"로봇 업체는 지난해 공장을 세웠다."_s, u"지난해"_s, DatePrecision::Year, QDate(2024, 1, 1), QDate(2024, 12, 31));
    row("작년", u"작년 그 회사가 문을 닫았다."_s, u"작년"_s, DatePrecision::Year, QDate(2024, 1, 1), QDate(2024, 12, 31));
    row("작년 11월", u"작년 11월 공장을 지었다."_s, u"작년 11월"_s, DatePrecision::Month, QDate(2024, 11, 1), QDate(2024, 11, 30));
    row("올해", u"올해 새 라인이 가동된다."_s, u"올해"_s, DatePrecision::Year, QDate(2025, 1, 1), QDate(2025, 12, 31));
    row("내년", u"내년 시험 운행을 시작한다."_s, u"내년"_s, DatePrecision::Year, QDate(2026, 1, 1), QDate(2026, 12, 31));
    row("지난달", u"지난달 투자를 유치했다."_s, u"지난달"_s, DatePrecision::Month, QDate(2025, 2, 1), QDate(2025, 2, 28));
    row("이달", u"이달 행사가 열린다."_s, u"이달"_s, DatePrecision::Month, QDate(2025, 3, 1), QDate(2025, 3, 31));
    row("이달 10일", u"이달 10일 협약을 맺었다."_s, u"이달 10일"_s, DatePrecision::Day, QDate(2025, 3, 10), QDate(2025, 3, 10));
    row("오는 9월", u"그 회사는 오는 9월 상장한다."_s, u"오는 9월"_s, DatePrecision::Month, QDate(2025, 9, 1), QDate(2025, 9, 30));
    row("오는 3월 in November", u"오는 3월 신차가 나온다."_s, u"오는 3월"_s, DatePrecision::Month, QDate(2026, 3, 1),
        QDate(2026, 3, 31), QDate(2025, 11, 20));
    row("3년 전", u"3년 전 설립된 회사다."_s, u"3년 전"_s, DatePrecision::Year, QDate(2022, 1, 1), QDate(2022, 12, 31));
    row("두 달 전", u"두 달 전 계약했다."_s, u"두 달 전"_s, DatePrecision::Month, QDate(2025, 1, 1), QDate(2025, 1, 31));
    row("올해 하반기", u"올해 하반기에는 신형을 내놓는다."_s, u"올해 하반기"_s, DatePrecision::Half, QDate(2025, 7, 1), QDate(2025, 12, 31));
    row("지난해 상반기", u"지난해 상반기 판매가 줄었다."_s, u"지난해 상반기"_s, DatePrecision::Half, QDate(2024, 1, 1), QDate(2024, 6, 30));
    row("올해 1분기", u"올해 1분기 흑자로 돌아섰다."_s, u"올해 1분기"_s, DatePrecision::Quarter, QDate(2025, 1, 1), QDate(2025, 3, 31));
    row("2024년 4분기", u"2024년 4분기 적자를 냈다."_s, u"2024년 4분기"_s, DatePrecision::Quarter, QDate(2024, 10, 1), QDate(2024, 12, 31));
    row("어제", u"어제 발표가 있었다."_s, u"어제"_s, DatePrecision::Day, QDate(2025, 3, 26), QDate(2025, 3, 26));
    row("지난주", u"지난주 시연회가 열렸다."_s, u"지난주"_s, DatePrecision::Range, QDate(2025, 3, 17), QDate(2025, 3, 23));
    // A quarter without its year is the one nearest publication.
    row("1분기 bare", u"1분기 실적이 나왔다."_s, u"1분기"_s, DatePrecision::Quarter, QDate(2025, 1, 1), QDate(2025, 3, 31));
}

void TestTimeline::relativeDatesResolveAgainstPublication()
{
    QFETCH(QString, sentence);
    QFETCH(QString, written);
    QFETCH(QDate, published);
    QFETCH(int, precision);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    const QList<TimelineEvent> events = eventsOf(sentence, published);
    QCOMPARE(writtenDates(events), QStringList{written});
    const EventDate date = events.first().date;
    QCOMPARE(int(date.precision), precision);
    QCOMPARE(date.start, start);
    QCOMPARE(date.end, end);
    const bool absolute = written.startsWith(u"2024년"_s);
    QCOMPARE(date.relative, !absolute);
    QCOMPARE(date.certainty, absolute ? DateCertainty::Exact : DateCertainty::Resolved);
    QVERIFY(date.isResolved());
}

void TestTimeline::acrossTheYearBoundary_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<int>("precision");
    QTest::newRow("지난 6월 10일") << u"지난 6월 10일"_s << QDate(2025, 6, 10) << int(DatePrecision::Day);
    QTest::newRow("지난 12월") << u"지난 12월"_s << QDate(2025, 12, 1) << int(DatePrecision::Month);
    QTest::newRow("지난 10일") << u"지난 10일"_s << QDate(2026, 1, 10) << int(DatePrecision::Day);
    QTest::newRow("지난 20일") << u"지난 20일"_s << QDate(2025, 12, 20) << int(DatePrecision::Day);
    QTest::newRow("오는 3월") << u"오는 3월"_s << QDate(2026, 3, 1) << int(DatePrecision::Month);
    QTest::newRow("지난해 12월") << u"지난해 12월"_s << QDate(2025, 12, 1) << int(DatePrecision::Month);
    QTest::newRow("지난달 말") << u"지난달 말"_s << QDate(2025, 12, 21) << int(DatePrecision::Range);
}

void TestTimeline::acrossTheYearBoundary()
{
    QFETCH(QString, written);
    QFETCH(QDate, start);
    QFETCH(int, precision);
    const QString text = u"지난 6월 10일 인터뷰에서 대표는 계획을 밝혔다. 지난 12월 시제품이 공개됐고 지난 10일 계약이 "
                         u"체결됐다. 협력사는 지난 20일 합류했다. 양산은 오는 3월 시작된다. 지난해 12월 이사회가 열렸다. "
                         u"지난달 말 인증을 받았다."_s;
    const QList<TimelineEvent> events = eventsOf(text, QDate(2026, 1, 15));
    const TimelineEvent event = eventWritten(events, written);
    QVERIFY2(!event.date.written.isEmpty(), qPrintable(writtenDates(events).join(u" | "_s)));
    QCOMPARE(event.date.start, start);
    QCOMPARE(int(event.date.precision), precision);
    QVERIFY(event.date.relative);
}

void TestTimeline::openStretchesStayOpen()
{
    const QString text = u"올 초 공개된 모델은 최근 업데이트됐다. 한때 업계를 이끌던 회사는 조만간 새 칩을 낸다. "
                         u"지난해 말 합작사가 세워졌다."_s;
    const QDate published(2025, 3, 27);
    const QList<TimelineEvent> events = eventsOf(text, published);
    QCOMPARE(writtenDates(events), (QStringList{u"올 초"_s, u"최근"_s, u"한때"_s, u"조만간"_s, u"지난해 말"_s}));
    const EventDate early = events[0].date;
    QCOMPARE(early.certainty, DateCertainty::Approximate);
    QCOMPARE(early.precision, DatePrecision::Range);
    QCOMPARE(early.start, QDate(2025, 1, 1));
    QVERIFY(early.end > QDate(2025, 3, 1) && early.end < QDate(2025, 6, 1));  // a part of the year, not a day
    const EventDate recent = events[1].date;
    QCOMPARE(recent.certainty, DateCertainty::Approximate);
    QVERIFY(!recent.start.isValid());  // how long ago is not said
    QCOMPARE(recent.end, published);
    QCOMPARE(recent.placement(), published);
    const EventDate once = events[2].date;
    QCOMPARE(once.certainty, DateCertainty::Unresolved);
    QVERIFY(!once.isResolved());
    const EventDate soon = events[3].date;
    QCOMPARE(soon.start, published);
    QVERIFY(!soon.end.isValid());
    const EventDate lateLastYear = events[4].date;
    QCOMPARE(lateLastYear.certainty, DateCertainty::Approximate);
    QCOMPARE(lateLastYear.end, QDate(2024, 12, 31));
    QVERIFY(lateLastYear.start > QDate(2024, 6, 30));
    for (const TimelineEvent &event : events)
        QVERIFY(!(event.date.start.isValid() && event.date.start == event.date.end));  // none is guessed to a day
}

void TestTimeline::withoutPublicationRelativeDatesStayUnresolved()
{
    const QString text = u"지난해 출시된 모델은 2024년 3월 처음 발표됐다. 지난 6월 10일 회의에서 오는 9월 계획이 "
                         u"나왔고 최근 수정됐다."_s;
    const QList<TimelineEvent> events = eventsOf(text, QDate());
    QCOMPARE(writtenDates(events), (QStringList{u"지난해"_s, u"2024년 3월"_s, u"지난 6월 10일"_s, u"오는 9월"_s, u"최근"_s}));
    for (const TimelineEvent &event : events) {
        if (event.date.written == u"2024년 3월"_s) {
            QCOMPARE(event.date.certainty, DateCertainty::Exact);
            continue;
        }
        QCOMPARE(event.date.certainty, DateCertainty::Unresolved);
        QVERIFY(event.date.relative);
        QVERIFY(!event.date.isResolved());
    }
    QCOMPARE(events[0].date.precision, DatePrecision::Year);  // the precision written is kept
    QCOMPARE(events[2].date.precision, DatePrecision::Day);
}

void TestTimeline::aFiguresYearIsNoEvent()
{
    const QString text = u"2023년 미국의 민간 투자액은 672억 달러였다. 2022년 기준 점유율은 30%에 그쳤다. "
                         u"지난해 9월 100개 이상의 모델을 공개했다. 2021년 설립된 회사는 직원 300명을 뒀다. "
                         u"시는 2030년까지 AI 인재 5만 명을 키운다."_s;
    const QList<TimelineEvent> events = eventsOf(text, QDate(2025, 5, 1));
    QCOMPARE(writtenDates(events), (QStringList{u"지난해 9월"_s, u"2021년"_s, u"2030년"_s}));
    QCOMPARE(events[0].date.start, QDate(2024, 9, 1));
}

void TestTimeline::wordsThatOnlyLookLikeDatesAreNoEvents()
{
    const QString text = u"지난 10일간 회의가 이어졌다. 오늘날 산업은 달라졌다. 10년간 연구했다. 올 30%가 늘었다. "
                         u"그는 시장이 작년보다 커졌다고 말했다."_s;
    QCOMPARE(writtenDates(eventsOf(text, QDate(2025, 3, 27))), QStringList{});
}

void TestTimeline::eventCarriesSentenceEntitiesAndArticle()
{
    const QString text = u"첫 문장이다. 딥시크는 지난해 1월 바이두와 함께 새 모델을 공개했다. 바이두도 참여했다."_s;
    const auto named = [&](const QString &id, const QString &name) {
        entities::ArticleEntity found;
        found.entity.id = id;
        found.entity.nameKo = name;
        for (qsizetype at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
            found.mentions << entities::Mention{at, at + name.size(), name};
        return found;
    };
    const entities::ArticleEntity deepseek = named(u"org:deepseek"_s, u"딥시크"_s);
    const entities::ArticleEntity baidu = named(u"org:baidu"_s, u"바이두"_s);
    QCOMPARE(baidu.mentions.size(), 2);
    // Given out of text order: the event lists them as its sentence names them.
    const QList<TimelineEvent> events = eventsOf(text, QDate(2025, 3, 27), {baidu, deepseek});
    QCOMPARE(events.size(), 1);
    const TimelineEvent &event = events.first();
    QCOMPARE(event.sentence, u"딥시크는 지난해 1월 바이두와 함께 새 모델을 공개했다."_s);
    QCOMPARE(text.mid(event.sentenceStart, event.sentenceEnd - event.sentenceStart), event.sentence);
    QCOMPARE(text.mid(event.dateStart, event.dateEnd - event.dateStart), u"지난해 1월"_s);
    QCOMPARE(event.entities.size(), 2);
    QCOMPARE(event.entities[0].id, u"org:deepseek"_s);
    QCOMPARE(event.entities[1].id, u"org:baidu"_s);
    QVERIFY(event.names(u"org:baidu"_s));
    QCOMPARE(event.articleId, 7);
    QCOMPARE(event.outlet, u"테스트일보"_s);
    QCOMPARE(event.published, QDate(2025, 3, 27));
}

void TestTimeline::sortedByPlacementUnresolvedLast()
{
    const QString text = u"한때 유명했다. 2024년 5월 출시됐다. 최근 개편됐다. 2024년 인수됐다. 2024년 5월 3일 발표됐다. "
                         u"지난해 말 합병됐다."_s;
    QList<TimelineEvent> events = eventsOf(text, QDate(2025, 3, 27));
    timeline::sortByDate(events);
    // 2024 from January 1, before May; 지난해 말 from its range's start (September); 최근 by its end
    // (publication); 한때, placed nowhere, last.
    QCOMPARE(writtenDates(events),
             (QStringList{u"2024년"_s, u"2024년 5월"_s, u"2024년 5월 3일"_s, u"지난해 말"_s, u"최근"_s, u"한때"_s}));
}

void TestTimeline::isoTextFollowsPrecision()
{
    const QList<TimelineEvent> events = eventsOf(u"2024년 3월 공개, 2023년 하반기 개발, 지난달 10일 시작, 최근 수정, 한때 중단."_s,
                                                 QDate(2025, 3, 27));
    QCOMPARE(events.size(), 5);
    QCOMPARE(events[0].date.isoText(), u"2024-03"_s);
    QCOMPARE(events[1].date.isoText(), u"2023-07/2023-12"_s);
    QCOMPARE(events[2].date.isoText(), u"2025-02-10"_s);
    QCOMPARE(events[3].date.isoText(), u"../2025-03-27"_s);
    QCOMPARE(events[4].date.isoText(), QString());
}

void TestTimeline::seedsInALibrary()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    store::Library library;
    QVERIFY2(library.open(dir.filePath(u"library.sqlite"_s)), qPrintable(library.lastError()));
    import::Importer importer(library);
    QCOMPARE(importer.run({QStringLiteral(DOKHAE_SEEDS_DIR)}).count(import::ImportStatus::Added), 4);

    const std::optional<timeline::LibraryTimeline> all = timeline::libraryTimeline(library);
    QVERIFY(all);
    QCOMPARE(all->articlesRead, 4);
    QVERIFY(all->events.size() >= 20);
    int resolvedRelative = 0;
    std::map<QString, int> entityEvents;
    QDate previous;
    bool unresolvedSeen = false;
    for (const TimelineEvent &event : all->events) {
        const std::optional<ArticleRecord> record = library.article(event.articleId);
        QVERIFY(record);
        // The date is in its sentence, and both are the article's own text.
        QCOMPARE(record->text.mid(event.dateStart, event.dateEnd - event.dateStart), event.date.written);
        QCOMPARE(record->text.mid(event.sentenceStart, event.sentenceEnd - event.sentenceStart), event.sentence);
        QVERIFY(event.sentenceStart <= event.dateStart && event.dateEnd <= event.sentenceEnd);
        QCOMPARE(event.published, record->summary.meta.published);
        // A relative date is read only against a publication date: placed when the article has one
        // (but for 한때, which nothing places), never when it has none.
        if (event.date.relative) {
            QCOMPARE(event.date.isResolved(), event.published.isValid());
            resolvedRelative += event.date.isResolved() ? 1 : 0;
        }
        // Time order; the unresolved ones all at the end.
        const QDate placed = event.date.placement();
        QVERIFY(!(unresolvedSeen && placed.isValid()));
        unresolvedSeen = unresolvedSeen || !placed.isValid();
        if (placed.isValid()) {
            QVERIFY(!previous.isValid() || previous <= placed);
            previous = placed;
        }
        // Nothing dated after a year past publication is read from an article's own past words.
        if (event.date.relative && event.date.isResolved() && event.date.start.isValid())
            QVERIFY(event.date.start <= event.published.addYears(2));
        for (const entities::Entity &entity : event.entities)
            ++entityEvents[entity.id];
    }
    QVERIFY(resolvedRelative >= 5);  // two seeds give their date, and both speak of 최근 and the like
    QVERIFY(!entityEvents.empty());

    // One entity's timeline is exactly the events that name it.
    const auto most = std::max_element(entityEvents.begin(), entityEvents.end(),
                                       [](const auto &a, const auto &b) { return a.second < b.second; });
    timeline::TimelineFilter filter;
    filter.entityId = most->first;
    const std::optional<timeline::LibraryTimeline> one = timeline::libraryTimeline(library, filter);
    QVERIFY(one);
    QCOMPARE(one->events.size(), most->second);
    for (const TimelineEvent &event : one->events)
        QVERIFY(event.names(most->first));

    int resolved = 0;
    for (const TimelineEvent &event : all->events)
        resolved += event.date.isResolved() ? 1 : 0;
    qInfo("seeds: %lld events, %d placed on the calendar, %d of them relative dates resolved against publication",
          qlonglong(all->events.size()), resolved, resolvedRelative);
}

QTEST_GUILESS_MAIN(TestTimeline)
#include "test_timeline.moc"
