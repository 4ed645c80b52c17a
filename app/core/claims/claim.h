#pragma once

#include "figures/figure.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace dokhae::claims {

// The article a claim was read from, as far as a reader needs to tell sources apart.
struct ClaimArticle {
    qint64 id = 0;
    QString outlet;  // ArticleMetadata::source
    QDate published; // invalid when the article gives no date
    QString title;
};

// An exchange rate a member was brought to dollars with, or its conversion states: `quote` units
// per one `base` (1 USD = 1,417 KRW). A pair with the dollar has it as base; any other pair is
// written in alphabetical order.
struct ClaimRate {
    QString base;
    QString quote;
    double value = 0;
    bool written = false;  // beside the figure (672억 달러(약 97조 원)), not found elsewhere in the article
};

// Offsets for the borders other tools read (CLI JSON): Unicode code points into the reading text.
struct CodePointSpan {
    qsizetype start = 0;
    qsizetype end = 0;
};

// One quotation of a claim: the figure as the article writes it, and its value brought to the
// group's unit.
struct ClaimMember {
    ClaimArticle article;
    figures::Figure figure;                     // as written; offsets are UTF-16 into the reading text
    std::optional<figures::Figure> conversion;  // its conversion in parentheses, when it has one
    std::optional<ClaimRate> rate;              // how money not in dollars reached dollars, or its conversion's
    double normalized = 0;                      // money in US$ where a rate is known, percent as written
    std::optional<double> normalizedMax;        // the top of a range
    QString sentence;                           // the passage it was read in (figures::quotedPassage)
    qsizetype sentenceStart = 0;                // UTF-16, of `sentence` in the reading text
    CodePointSpan figureCodePoints;
    CodePointSpan sentenceCodePoints;
};

enum class FlagKind { ValuesDiffer, PercentDiffers, RateFarFromMonth };

// A disagreement, with why in words of the interface language at the time it was found.
struct ClaimFlag {
    FlagKind kind = FlagKind::ValuesDiffer;
    QString reason;
    QList<int> members;  // indexes into ClaimGroup::members this flag is about
};

// "values_differ", "percent_differs", "rate_far_from_month": stable names for the CLI JSON.
QString flagKindName(FlagKind kind);

// The figures of the library that make one claim: about the same subject (any of its names), of
// the same measure (figures::measureKey), year and unit (money in dollars where a rate is known).
struct ClaimGroup {
    QString subjectKey;       // claims::SubjectNames::key
    QString subjectKo;        // as the catalog names it, or as most members write it
    QString subjectEn;        // the catalog's English name, or subjectKo
    QString measure;          // as most members write it
    QString measureKey;       // figures::measureKey
    std::optional<int> year;
    figures::FigureKind kind = figures::FigureKind::Money;
    QString unit;             // "USD" (or the currency no rate reaches), "%", "%p", 개, 명, ...
    QList<ClaimMember> members;  // by date, then article, then text order
    QList<ClaimFlag> flags;

    QString subject(const QString &language) const { return language == QLatin1String("en") ? subjectEn : subjectKo; }
    // How many articles quote it: a claim across sources has two or more.
    int sourceCount() const;
    bool isFlagged() const { return !flags.isEmpty(); }
};

// A normalized value written as the interface writes values: 77억 6,000만 달러 / $7.76 billion;
// money to three significant digits.
QString displayNormalized(const ClaimGroup &group, double value, const QString &language);

} // namespace dokhae::claims
