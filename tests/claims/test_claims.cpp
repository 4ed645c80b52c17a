// Claims across sources on articles of our own (tests/data/claims: four outlets of January 2025
// quoting China's 2023 private AI investment in dollars and in won, and its share of AI paper
// citations), and on the seeds: what is grouped, what is flagged and why.
#include "claims/claim_chart.h"
#include "claims/article_claims.h"
#include "claims/claim_collector.h"
#include "claims/claim_filter.h"
#include "claims/library_claims.h"
#include "claims/subject_names.h"
#include "entities/entity_catalog.h"
#include "figures/figure.h"
#include "import/importer.h"
#include "store/figure_store.h"
#include "store/library.h"
#include "test_libraries.h"

#include <QDir>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace dokhae;
using claims::ClaimGroup;
using claims::FlagKind;

namespace {

QString claimsData()
{
    return QStringLiteral(DOKHAE_TEST_DATA_DIR "/claims");
}

// A figure as the extractor reports one, for cases the articles need not spell out.
figures::Figure figure(const QString &subject, const QString &measure, double value,
                       figures::FigureKind kind = figures::FigureKind::Percent)
{
    figures::Figure f;
    f.kind = kind;
    f.value = value;
    f.unit = kind == figures::FigureKind::Percent ? u"%"_s : QString();
    f.currency = kind == figures::FigureKind::Money ? u"USD"_s : QString();
    f.subject = subject;
    f.measure = measure;
    f.year = 2023;
    f.text = QString::number(value);
    return f;
}

QSet<QString> outletsOf(const ClaimGroup &group, const QList<int> &members = {})
{
    QSet<QString> outlets;
    for (int i = 0; i < group.members.size(); ++i) {
        if (members.isEmpty() || members.contains(i))
            outlets.insert(group.members.at(i).article.outlet);
    }
    return outlets;
}

QList<claims::ClaimFlag> flagsOfKind(const ClaimGroup &group, FlagKind kind)
{
    QList<claims::ClaimFlag> found;
    for (const claims::ClaimFlag &flag : group.flags) {
        if (flag.kind == kind)
            found.append(flag);
    }
    return found;
}

} // namespace

class TestClaims : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void subjectsMeetAcrossScripts();
    void conversionRidesWithItsOriginal();
    void subjectsInEitherLanguageAreOneClaim();
    void measuresOfOneHeadStayApart();
    void sameClaimInDollarsAndWonIsOneGroup();
    void valuesBeyondTheThresholdAreFlagged();
    void valuesWithinTheThresholdAreNot();
    void percentagesThatDifferAreFlagged();
    void roundedPercentagesAgree();
    void rateFarFromItsMonthIsFlagged();
    void rateOfAnotherMonthIsNotCompared();
    void filterFindsAClaimByItsEnglishName();
    void seedsShareClaims();
    void groupBecomesAChartOfItsSources();

private:
    // The collector over the library's articles, with dates moved where `dates` says.
    QList<ClaimGroup> collect(const store::Library &library, const QHash<QString, QDate> &dates = {},
                              const QSet<QString> &outlets = {}, const claims::ClaimOptions &options = {}) const;
    const ClaimGroup *investment(const QList<ClaimGroup> &groups) const;
    const ClaimGroup *citations(const QList<ClaimGroup> &groups) const;
    const ClaimGroup *find(const QList<ClaimGroup> &groups, const QString &subject, const QString &measureKey,
                           figures::FigureKind kind) const;

    dokhae::test::TestLibraries m_libraries;
    store::Library m_library;  // the four articles of tests/data/claims
    store::Library m_seeds;
    QList<ClaimGroup> m_groups;
    std::unique_ptr<claims::SubjectNames> m_subjects;
};

void TestClaims::initTestCase()
{
    QVERIFY(m_libraries.isValid());
    DOKHAE_START_TEST_LIBRARIES(m_libraries);
    m_subjects = std::make_unique<claims::SubjectNames>(entities::EntityCatalog::bundled());
    QVERIFY2(m_library.open(m_libraries.newLocation(u"claims"_s)), qPrintable(m_library.lastError()));
    const import::ImportReport report = import::Importer(m_library).run({claimsData()});
    QCOMPARE(report.count(import::ImportStatus::Added), 4);
    QString error;
    const auto groups = claims::libraryClaims(m_library, {}, &error);
    QVERIFY2(groups, qPrintable(error));
    m_groups = *groups;
}

const ClaimGroup *TestClaims::find(const QList<ClaimGroup> &groups, const QString &subject, const QString &measureKey,
                                   figures::FigureKind kind) const
{
    for (const ClaimGroup &group : groups) {
        if (group.subjectKey == m_subjects->key(subject) && group.measureKey == measureKey && group.kind == kind
            && group.year == 2023)
            return &group;
    }
    return nullptr;
}

const ClaimGroup *TestClaims::investment(const QList<ClaimGroup> &groups) const
{
    return find(groups, u"China"_s, u"투자액"_s, figures::FigureKind::Money);
}

const ClaimGroup *TestClaims::citations(const QList<ClaimGroup> &groups) const
{
    return find(groups, u"China"_s, u"비율"_s, figures::FigureKind::Percent);
}

QList<ClaimGroup> TestClaims::collect(const store::Library &library, const QHash<QString, QDate> &dates,
                                      const QSet<QString> &outlets, const claims::ClaimOptions &options) const
{
    claims::ClaimCollector collector(*m_subjects);
    const store::FigureStore figures(library);
    for (const ArticleSummary &summary : library.articles()) {
        if (!outlets.isEmpty() && !outlets.contains(summary.meta.source))
            continue;
        const auto stored = figures.articleFigures(summary.id);
        if (!stored)
            return {};
        const claims::ClaimArticle article{summary.id, summary.meta.source,
                                           dates.value(summary.meta.source, summary.meta.published), summary.meta.title};
        collector.addArticle(article, stored->text, stored->figures);
    }
    return collector.groups(options);
}

void TestClaims::subjectsMeetAcrossScripts()
{
    const claims::SubjectNames &names = *m_subjects;
    const QString china = names.key(u"중국"_s);
    QVERIFY(china.startsWith(u"entity:"_s));
    for (const QString &other : {u"China"_s, u"china"_s, u"中国"_s, u"중국은"_s})
        QCOMPARE(names.key(other), china);
    QVERIFY(names.key(u"미국"_s) != china);
    QCOMPARE(names.key(u"United States"_s), names.key(u"미국"_s));
    // A name the catalog lacks is compared as entity names are, its particles stripped.
    QCOMPARE(names.key(u"한빛로보틱스는"_s), names.key(u"한빛로보틱스"_s));
    QVERIFY(names.key(u"한빛로보틱스"_s) != names.key(u"누리로보틱스"_s));
    // A merge the analyst made carries a subject to the entity it was merged into.
    store::EntityCorrections corrections;
    corrections.merges.insert(u"china"_s, u"united-states"_s);
    const claims::SubjectNames merged(entities::EntityCatalog::bundled(), corrections);
    QCOMPARE(merged.key(u"China"_s), merged.key(u"미국"_s));
}

void TestClaims::conversionRidesWithItsOriginal()
{
    const QString text = u"2023년 중국의 AI 민간 투자액은 약 77억 6,000만 달러(우리 돈 약 11조 원)로 집계됐다."_s;
    const QList<figures::Figure> found = figures::extractFigures(text);
    const QList<claims::ClaimMember> members = claims::articleClaims({1, u"매체"_s, {}, {}}, text, found);
    QCOMPARE(members.size(), 1);
    const claims::ClaimMember &member = members.first();
    QCOMPARE(member.figure.currency, u"USD"_s);
    QVERIFY(member.conversion);
    QCOMPARE(member.conversion->currency, u"KRW"_s);
    QCOMPARE(member.normalized, 7.76e9);
    QVERIFY(member.rate);
    QCOMPARE(member.rate->base, u"USD"_s);
    QCOMPARE(member.rate->quote, u"KRW"_s);
    QVERIFY(qAbs(member.rate->value - 11e12 / 7.76e9) < 0.01);
    QCOMPARE(member.sentence, text);
}

void TestClaims::subjectsInEitherLanguageAreOneClaim()
{
    claims::ClaimCollector collector(*m_subjects);
    collector.addArticle({1, u"A"_s, QDate(2025, 1, 2), {}}, u"x"_s,
                         {figure(u"중국"_s, u"AI 특허 비중"_s, 69.7)});
    collector.addArticle({2, u"B"_s, QDate(2025, 1, 3), {}}, u"x"_s,
                         {figure(u"China"_s, u"AI 특허 비중"_s, 69.7)});
    collector.addArticle({3, u"C"_s, QDate(2025, 1, 4), {}}, u"x"_s,
                         {figure(u"中国"_s, u"AI 특허 비중"_s, 70)});
    const QList<ClaimGroup> groups = collector.groups();
    QCOMPARE(groups.size(), 1);
    QCOMPARE(groups.first().sourceCount(), 3);
    QCOMPARE(groups.first().subjectKo, u"중국"_s);
    QVERIFY(!groups.first().isFlagged());  // 70% is 69.7% rounded
}

void TestClaims::measuresOfOneHeadStayApart()
{
    claims::ClaimCollector collector(*m_subjects);
    collector.addArticle({1, u"A"_s, {}, {}}, u"x"_s,
                         {figure(u"중국"_s, u"AI 논문 인용 비율"_s, 22.6), figure(u"중국"_s, u"민간 투자액"_s, 7.76e9, figures::FigureKind::Money)});
    collector.addArticle({2, u"B"_s, {}, {}}, u"x"_s,
                         {figure(u"중국"_s, u"AI 모델 채택 비율"_s, 17.1),
                          figure(u"중국"_s, u"AI 산업 민간 투자액"_s, 7.8e9, figures::FigureKind::Money)});
    const QList<ClaimGroup> groups = collector.groups();
    // Citations and adoption share the head 비율 but neither measure holds the other: two claims.
    QCOMPARE(groups.size(), 3);
    QCOMPARE(groups.first().sourceCount(), 2);
    QCOMPARE(groups.first().measureKey, u"투자액"_s);
    QCOMPARE(groups.first().measure, u"AI 산업 민간 투자액"_s);
    QVERIFY(!groups.first().isFlagged());
}

void TestClaims::sameClaimInDollarsAndWonIsOneGroup()
{
    const ClaimGroup *group = investment(m_groups);
    QVERIFY(group);
    QCOMPARE(group->unit, u"USD"_s);
    QCOMPARE(group->sourceCount(), 4);
    QCOMPARE(outletsOf(*group), (QSet<QString>{u"한빛경제"_s, u"누리일보"_s, u"테크브리프"_s, u"새벽경제"_s}));
    QCOMPARE(group->subject(u"en"_s), u"China"_s);
    // 누리일보 writes 11조 원 and states 97조 5,000억 원 for 672억 달러: its own rate brings it to dollars.
    for (const claims::ClaimMember &member : group->members) {
        QVERIFY2(member.figure.converts < 0, qPrintable(member.figure.text));
        QVERIFY(member.sentence.contains(member.figure.text));
        if (member.article.outlet == u"누리일보"_s) {
            QCOMPARE(member.figure.currency, u"KRW"_s);
            QVERIFY(!member.rate->written);
            QVERIFY(qAbs(member.normalized - 11e12 / (97.5e12 / 672e8)) < 1e3);
        }
    }
    // Members in date order, as an analyst reads a story develop.
    for (qsizetype i = 1; i < group->members.size(); ++i)
        QVERIFY(group->members.at(i - 1).article.published <= group->members.at(i).article.published);
}

// A claim group as a chart comparing its sources: a bar per quotation, labelled by the outlet,
// valued in dollars, each traced to its figure's sentence.
void TestClaims::groupBecomesAChartOfItsSources()
{
    const ClaimGroup *group = investment(m_groups);
    QVERIFY(group);
    QHash<qint64, QString> revisions;
    for (const claims::ClaimMember &member : group->members)
        revisions.insert(member.article.id, u"rev-%1"_s.arg(member.article.id));
    const charts::ChartSpec chart = claims::comparisonChart(*group, revisions);
    QCOMPARE(chart.origin, charts::ChartOrigin::User);
    QCOMPARE(chart.currency, u"USD"_s);
    QCOMPARE(chart.year, std::optional<int>(2023));
    QCOMPARE(chart.articleId, group->members.first().article.id);
    QCOMPARE(chart.series.size(), 1);
    QCOMPARE(chart.pointCount(), int(group->members.size()));
    QSet<QString> labels;
    for (int i = 0; i < group->members.size(); ++i) {
        const charts::ChartPoint &point = chart.series.first().points.at(i);
        const claims::ClaimMember &member = group->members.at(i);
        labels.insert(point.labelKo);
        QCOMPARE(point.value, member.normalized);
        QCOMPARE(point.source.articleId, member.article.id);
        QCOMPARE(point.source.revision, revisions.value(member.article.id));
        QCOMPARE(point.source.sentence, member.sentence);
        QCOMPARE(point.source.figureText, member.figure.text);
        QVERIFY(!point.displayEn.isEmpty() && point.displayEn.startsWith(u'$'));
    }
    QCOMPARE(labels, outletsOf(*group));
    QVERIFY(chart.titleKo.contains(group->subjectKo));
    QVERIFY(chart.titleEn.contains(u"China"_s));
    QVERIFY2(chart.noteEn.contains(u"converted"_s), "one outlet wrote the sum in won");
}

void TestClaims::valuesBeyondTheThresholdAreFlagged()
{
    const ClaimGroup *group = investment(m_groups);
    QVERIFY(group);
    const QList<claims::ClaimFlag> flags = flagsOfKind(*group, FlagKind::ValuesDiffer);
    QCOMPARE(flags.size(), 1);
    // The furthest pair: 92억 달러 against 11조 원 at 누리일보's rate (about 75억 8,000만 달러).
    QCOMPARE(outletsOf(*group, flags.first().members), (QSet<QString>{u"테크브리프"_s, u"누리일보"_s}));
    QVERIFY2(flags.first().reason.contains(u"테크브리프"_s) && flags.first().reason.contains(u"누리일보"_s),
             qPrintable(flags.first().reason));
    QVERIFY2(flags.first().reason.contains(u"5%"_s), qPrintable(flags.first().reason));
}

void TestClaims::valuesWithinTheThresholdAreNot()
{
    claims::ClaimOptions lenient;
    lenient.threshold = 0.20;
    const QList<ClaimGroup> groups = collect(m_library, {}, {}, lenient);
    QVERIFY(investment(groups));
    QVERIFY(flagsOfKind(*investment(groups), FlagKind::ValuesDiffer).isEmpty());
    // Without 테크브리프, the rest agree within 5%: 77억 6,000만, 77억 and 11조 원 at 1,451 원.
    const QList<ClaimGroup> close = collect(m_library, {}, {u"한빛경제"_s, u"누리일보"_s, u"새벽경제"_s});
    QVERIFY(investment(close));
    QCOMPARE(investment(close)->sourceCount(), 3);
    QVERIFY(flagsOfKind(*investment(close), FlagKind::ValuesDiffer).isEmpty());
}

void TestClaims::percentagesThatDifferAreFlagged()
{
    const ClaimGroup *group = citations(m_groups);
    QVERIFY(group);
    QCOMPARE(group->unit, u"%"_s);
    QCOMPARE(group->sourceCount(), 3);
    const QList<claims::ClaimFlag> flags = flagsOfKind(*group, FlagKind::PercentDiffers);
    QCOMPARE(flags.size(), 1);
    QCOMPARE(outletsOf(*group, flags.first().members), (QSet<QString>{u"한빛경제"_s, u"누리일보"_s}));
    QVERIFY2(flags.first().reason.contains(u"22.6%"_s) && flags.first().reason.contains(u"23.5%"_s),
             qPrintable(flags.first().reason));
    QVERIFY(flagsOfKind(*group, FlagKind::ValuesDiffer).isEmpty());
}

void TestClaims::roundedPercentagesAgree()
{
    // 약 23% is 22.6% rounded: no disagreement.
    const QList<ClaimGroup> groups = collect(m_library, {}, {u"한빛경제"_s, u"테크브리프"_s});
    QVERIFY(citations(groups));
    QCOMPARE(citations(groups)->sourceCount(), 2);
    QVERIFY(!citations(groups)->isFlagged());
}

void TestClaims::rateFarFromItsMonthIsFlagged()
{
    const ClaimGroup *group = investment(m_groups);
    QVERIFY(group);
    const QList<claims::ClaimFlag> flags = flagsOfKind(*group, FlagKind::RateFarFromMonth);
    // 새벽경제 converts at about 1,169 원 (9조 원 for 77억 달러), far from the others' 1,418 to 1,451.
    QCOMPARE(flags.size(), 1);
    QCOMPARE(outletsOf(*group, flags.first().members), QSet<QString>{u"새벽경제"_s});
    QVERIFY2(flags.first().reason.contains(u"KRW"_s) && flags.first().reason.contains(u"2025-01"_s),
             qPrintable(flags.first().reason));
}

void TestClaims::rateOfAnotherMonthIsNotCompared()
{
    const QList<ClaimGroup> groups = collect(m_library, {{u"새벽경제"_s, QDate(2025, 6, 2)}});
    QVERIFY(investment(groups));
    QCOMPARE(investment(groups)->sourceCount(), 4);
    QVERIFY(flagsOfKind(*investment(groups), FlagKind::RateFarFromMonth).isEmpty());
}

void TestClaims::filterFindsAClaimByItsEnglishName()
{
    claims::ClaimFilter filter;
    filter.entity = u"China"_s;
    filter.measure = u"민간 투자액"_s;
    filter.year = 2023;
    filter.flaggedOnly = true;
    QList<const ClaimGroup *> found;
    for (const ClaimGroup &group : m_groups) {
        if (claims::matches(group, filter, *m_subjects))
            found.append(&group);
    }
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first(), investment(m_groups));
    filter.year = 2022;
    QVERIFY(!claims::matches(*investment(m_groups), filter, *m_subjects));
    filter = {};
    filter.entity = u"대한민국"_s;  // Korea's 14억 달러: in 한빛경제 and 새벽경제
    bool korea = false;
    for (const ClaimGroup &group : m_groups)
        korea = korea || (claims::matches(group, filter, *m_subjects) && group.measureKey == u"투자액"_s);
    QVERIFY(korea);
}

void TestClaims::seedsShareClaims()
{
    QVERIFY2(m_seeds.open(m_libraries.newLocation(u"seeds"_s)), qPrintable(m_seeds.lastError()));
    QCOMPARE(import::Importer(m_seeds).run({QStringLiteral(DOKHAE_SEEDS_DIR)}).count(import::ImportStatus::Added), 4);
    // The seeds alone: every claim is consistent with its members, and two that look alike but
    // are not one claim (002's share of generative AI patents over 2014~2023, 004's share of AI
    // patents in 2023) are not grouped.
    const auto seedsAlone = claims::libraryClaims(m_seeds, {});
    QVERIFY(seedsAlone);
    QVERIFY(seedsAlone->size() >= 10);
    for (const ClaimGroup &group : *seedsAlone) {
        for (const claims::ClaimMember &member : group.members) {
            QCOMPARE(m_subjects->key(member.figure.subject), group.subjectKey);
            QCOMPARE(figures::measureKey(member.figure.measure), group.measureKey);
            QCOMPARE(member.figure.year, group.year);
            QVERIFY(member.sentence.contains(member.figure.text));
        }
        QCOMPARE(group.sourceCount(), 1);
    }
    // An article of our own quoting what the seeds quote, in other words and rounder numbers:
    // each of its claims that a seed also makes joins that seed's figure.
    QCOMPARE(import::Importer(m_seeds).run({QStringLiteral(DOKHAE_TEST_DATA_DIR "/claims_echo")})
                 .count(import::ImportStatus::Added), 1);
    const auto groups = claims::libraryClaims(m_seeds, {});
    QVERIFY(groups);
    int shared = 0;
    for (const ClaimGroup &group : *groups) {
        if (group.sourceCount() < 2)
            continue;
        ++shared;
        QCOMPARE(group.sourceCount(), 2);
        QVERIFY(outletsOf(group).contains(u"이음리서치"_s));
        qInfo().noquote() << group.subjectKo << "·" << group.measure << "·" << group.year.value_or(0) << "·"
                          << group.unit << "|" << group.flags.size() << "flag(s)";
        for (const claims::ClaimMember &member : group.members)
            qInfo().noquote() << "   " << member.article.id << member.article.outlet << member.figure.text << "->"
                              << claims::displayNormalized(group, member.normalized, u"en"_s);
        for (const claims::ClaimFlag &flag : group.flags)
            qInfo().noquote() << "    !" << flag.reason;
    }
    // China's and the United States' 2023 investment (002), China's and Europe's 2023 citation
    // shares (004).
    QCOMPARE(shared, 4);
    const ClaimGroup *china = investment(*groups);
    QVERIFY(china);
    QCOMPARE(china->sourceCount(), 2);
    QVERIFY(!china->isFlagged());  // about 7.8 billion against 7.76 billion
    const ClaimGroup *shares = citations(*groups);
    QVERIFY(shares);
    QCOMPARE(shares->sourceCount(), 2);
    QVERIFY(!shares->isFlagged());  // 22.6% both
    const ClaimGroup *europe = find(*groups, u"Europe"_s, u"비율"_s, figures::FigureKind::Percent);
    QVERIFY(europe);
    QVERIFY(!europe->isFlagged());  // 21% is 20.9% rounded
    const ClaimGroup *america = find(*groups, u"United States"_s, u"투자액"_s, figures::FigureKind::Money);
    QVERIFY(america);
    QVERIFY(!america->isFlagged());  // 680억 against 672억 달러: 1.2%
}

QTEST_GUILESS_MAIN(TestClaims)
#include "test_claims.moc"
