#include "figures/figure_coordination.h"
#include "figures/figure_internal.h"
#include "figures/figure_measure.h"
#include "figures/figure_subject.h"
#include "text/sentences.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace dokhae::figures::detail {

namespace {

using Span = text::SentenceSpan;

// 같은 기간, 같은 해, 동기: the sentence keeps the time frame of the one before.
bool refersToEarlierPeriod(QStringView sentence)
{
    static const QRegularExpression anaphor(QStringLiteral("같은 ?(?:기간|해|시기|때)|동기|이 기간|그해"));
    return anaphor.match(sentence).hasMatch();
}

std::optional<int> yearOfDate(const Figure &date)
{
    if (date.kind != FigureKind::Date || date.bound == Bound::Range || date.isoDate.isEmpty()
        || !date.isoDate.front().isDigit())
        return std::nullopt;
    return int(date.value);
}

// A figure's context as its paragraph has set it so far; a new paragraph starts afresh.
struct Paragraph
{
    std::optional<int> lastYear;
    QString topic;              // whom the paragraph is about (중국은 … 보였습니다)
    QList<int> lastSentence;    // the previous sentence's figures
};

// The previous sentence's last figure of this figure's kind and unit: the statement a figure
// goes on with when it names no measure of its own (… 10.8%에 그쳤다. 파나소닉은 4.5%였다).
const Figure *sameUnitBefore(const QList<Figure> &figures, int index, const QList<int> &lastSentence)
{
    const Figure &figure = figures[index];
    for (auto i = lastSentence.crbegin(); i != lastSentence.crend(); ++i) {
        const Figure &earlier = figures[*i];
        if (earlier.converts < 0 && earlier.kind == figure.kind && earlier.unit == figure.unit
            && earlier.currency == figure.currency)
            return &earlier;
    }
    return nullptr;
}

bool quantifies(const Figure &figure)
{
    return figure.kind != FigureKind::Date && figure.kind != FigureKind::Duration;
}

// Whether figure `later` may take the measure of the earlier one `i` in its sentence: one of the
// same kind (20.1%로 … 18.3%), or a part of a whole (약 12만 대인데, 그 중 70%) and a figure in
// apposition (70%인 약 8만 4,000대). A percent does not take what a count counted before it
// (남녀 1천명을 대상으로 … 참여자 72.1%가).
bool goesOnWith(QStringView text, const QList<Figure> &figures, int i, int later)
{
    if (figures[i].kind == figures[later].kind) // counts of other things do not share (8개의 스톤 … 2회)
        return figures[i].kind != FigureKind::Count || figures[i].unit == figures[later].unit;
    if (i + 1 == later && text.mid(figures[i].end, figures[later].start - figures[i].end) == u"인 ")
        return true;
    for (int k = i; k < later; ++k) {
        if (isWholeOfPart(text, figures, k))
            return true;
    }
    return false;
}

// A clause that names no measure goes on about the measure of the figure before it in the
// sentence (중국이 22.6%로 …, 유럽이 20.9%), or the one its predicate names (… 50억 달러를
// 투자했다), or that of the previous sentence's last figure of the same unit (… 연구자의 59%가 …
// 11%에 불과했다. 그러나 미국 42%, 중국 28%로).
QString measureFor(QStringView text, const Span &span, const QList<Figure> &figures, int index, int first,
                   const QList<int> &lastSentence)
{
    if (QString measure = measureInClause(text, span.start, figures, index); !measure.isEmpty())
        return measure;
    // The nearest few only: a sentence that lists thousands of figures must not be read again for
    // each of them.
    constexpr int kLookBack = 8;
    for (int i = index - 1; i >= std::max(first, index - kLookBack); --i) {
        if (figures[i].converts < 0 && quantifies(figures[i]) && !figures[i].measure.isEmpty()
            && goesOnWith(text, figures, i, index))
            return figures[i].measure;
    }
    if (QString measure = measureAfterFigures(text, span.end, figures, index); !measure.isEmpty())
        return measure;
    if (QString measure = measureOfPredicate(text, figures[index].end, span.end); !measure.isEmpty())
        return measure;
    const Figure *earlier = sameUnitBefore(figures, index, lastSentence);
    return earlier ? earlier->measure : QString();
}

// Whom a figure is about: a name written beside it, after it, or before it in its clause. Else
// an owner left unsaid: when the clause names only the figure's own measure (민간 투자액은
// 77억 달러), the subject already in play in the sentence or the paragraph; when it names nothing
// at all (… 41만 대에 그쳤지만 올해는 80만 대 이상의), the sentence's subject so far.
QString subjectFor(QStringView text, const Span &span, const QList<Figure> &figures, int index,
                   const QString &sentenceSubject, const QString &topic)
{
    if (QString name = subjectInParentheses(text, span.start, figures, index); !name.isEmpty())
        return name;
    if (QString name = subjectAfter(text, figures, index); !name.isEmpty())
        return name;
    QStringList unownedMeasures;
    if (QString name = subjectBefore(text, span.start, figures, index, &unownedMeasures); !name.isEmpty())
        return name;
    if (isWholeOfPart(text, figures, index)) // a total: it belongs to no one the text leaves unsaid
        return {};
    if (unownedMeasures.isEmpty())
        return sentenceSubject;
    const QString head = measureKey(figures[index].measure);
    const bool ownerUnsaid = std::any_of(unownedMeasures.begin(), unownedMeasures.end(),
                                         [&](const QString &stem) { return !head.isEmpty() && measureKey(stem) == head; });
    if (!ownerUnsaid)
        return {};
    return sentenceSubject.isEmpty() ? topic : sentenceSubject;
}

// A whole that later figures split (… 5만 4,000건인데, 그 중 70%가 중국에서) is a total, and what
// its clause marks as the topic is what is split: its measure (판매된 전기차는 약 1,700만 대였는데
// -> 전기차), not its owner.
void readWhole(QStringView text, const Span &span, const QList<Figure> &figures, int index, Figure &whole)
{
    if (whole.measure.isEmpty())
        whole.measure = topicOfClause(text, span.start, figures, index);
    if (!whole.measure.isEmpty() && (whole.subject == whole.measure || whole.subject == measureKey(whole.measure)))
        whole.subject.clear();
}

// Years, subjects and measures of one sentence's figures [first, last).
void readSentence(QStringView text, const Span &span, QList<Figure> &figures, int first, int last,
                  Paragraph &paragraph)
{
    const bool carriesPeriod = refersToEarlierPeriod(text.mid(span.start, span.end - span.start));
    std::optional<int> sentenceYear;
    QString sentenceSubject;
    QStringList subjectsHere;
    bool topicUsed = false;
    for (int index = first; index < last; ++index) {
        Figure &figure = figures[index];
        figure.sentenceStart = span.start;
        figure.sentenceEnd = std::max(span.end, figure.end);
        if (figure.kind == FigureKind::Date) {
            figure.year = yearOfDate(figure);
            if (figure.year)
                sentenceYear = figure.year;
            continue;
        }
        if (figure.converts >= 0) { // the same figure in another currency
            const Figure &original = figures[figure.converts];
            figure.year = original.year;
            figure.subject = original.subject;
            figure.measure = original.measure;
            continue;
        }
        figure.year = sentenceYear ? sentenceYear : (carriesPeriod ? paragraph.lastYear : std::nullopt);
        if (quantifies(figure))
            figure.measure = measureFor(text, span, figures, index, first, paragraph.lastSentence);
        // Going on with the previous sentence's statement, it keeps that statement's year.
        const Figure *earlier = sameUnitBefore(figures, index, paragraph.lastSentence);
        if (!figure.year && earlier && !figure.measure.isEmpty() && earlier->measure == figure.measure)
            figure.year = earlier->year;
        // Names joined before 각각 take the figures after it in order; the measure they share
        // is said after the last name (2단 우산과 3단 우산 매출은 -> 매출).
        const Respective respective = respectiveSubject(text, span.start, span.end, figures, index);
        figure.subject = respective.subject.isEmpty()
            ? subjectFor(text, span, figures, index, sentenceSubject, paragraph.topic)
            : respective.subject;
        for (const QString &name : respective.names) {
            if (figure.measure.startsWith(name + u' '))
                figure.measure = figure.measure.mid(name.size() + 1);
        }
        if (isWholeOfPart(text, figures, index))
            readWhole(text, span, figures, index, figure);
        if (!figure.subject.isEmpty() && respective.subject.isEmpty()) { // 각각's names stay with their figures
            topicUsed = topicUsed || (sentenceSubject.isEmpty() && figure.subject == paragraph.topic);
            sentenceSubject = figure.subject;
            if (!subjectsHere.contains(figure.subject))
                subjectsHere << figure.subject;
        }
        if (figure.year)
            sentenceYear = sentenceYear ? sentenceYear : figure.year;
    }
    if (sentenceYear)
        paragraph.lastYear = sentenceYear;
    paragraph.lastSentence.clear();
    for (int index = first; index < last; ++index)
        paragraph.lastSentence << index;
    // A sentence that goes on about the topic keeps it. Otherwise only an unambiguous subject
    // becomes the topic: after 중국이 22.6%, 유럽이 20.9%, 미국은 13%, a sentence that names nobody
    // is not about 미국. A sentence with no subjects may still set one by its topic marker.
    if (topicUsed)
        return;
    if (subjectsHere.size() == 1)
        paragraph.topic = subjectsHere.first();
    else if (subjectsHere.size() > 1)
        paragraph.topic.clear();
    else if (QString topic = topicOfSentence(text, span.start, span.end); !topic.isEmpty())
        paragraph.topic = topic;
}

} // namespace

void attachContext(QStringView text, QList<Figure> &figures)
{
    Paragraph paragraph;
    int next = 0;
    for (const Span &span : text::sentenceSpans(text)) {
        if (span.startsParagraph)
            paragraph = {};
        const int first = next;
        while (next < figures.size() && figures[next].start < span.end)
            ++next;
        readSentence(text, span, figures, first, next, paragraph);
    }
}

} // namespace dokhae::figures::detail
