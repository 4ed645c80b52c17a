#include "figures/figure_internal.h"
#include "figures/figure_subject.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace dokhae::figures::detail {

namespace {

struct Span
{
    qsizetype start = 0;
    qsizetype end = 0;
    bool startsParagraph = false;
};

// Sentences end at a line break, or at . ? ! followed by a space, a closing quote or the end.
// A decimal point (4.5) or an abbreviation glued to what follows (No.1) does not end one.
QList<Span> sentences(QStringView text)
{
    QList<Span> spans;
    qsizetype start = 0;
    bool paragraph = true;
    const auto close = [&](qsizetype end, bool newParagraph) {
        if (end > start)
            spans.append({start, end, paragraph});
        start = end;
        paragraph = newParagraph;
    };
    static const QString closers = QStringLiteral("\"'”’)」』");
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\n') {
            close(i, true);
            start = i + 1;
        } else if (c == u'.' || c == u'?' || c == u'!' || c == u'。') {
            qsizetype j = i + 1;
            while (j < text.size() && closers.contains(text[j]))
                ++j;
            if (j >= text.size() || text[j].isSpace())
                close(j, false);
        }
    }
    close(text.size(), false);
    return spans;
}

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

} // namespace

void attachContext(QStringView text, QList<Figure> &figures)
{
    const QList<Span> spans = sentences(text);
    int next = 0;
    std::optional<int> lastYear;
    QString lastSubject;
    for (const Span &span : spans) {
        if (span.startsParagraph) {
            lastYear.reset();
            lastSubject.clear();
        }
        const bool carriesPeriod = refersToEarlierPeriod(text.mid(span.start, span.end - span.start));
        std::optional<int> sentenceYear;
        QString sentenceSubject;
        QStringList subjectsHere;
        for (; next < figures.size() && figures[next].start < span.end; ++next) {
            Figure &figure = figures[next];
            figure.sentenceStart = span.start;
            figure.sentenceEnd = std::max(span.end, figure.end);
            if (figure.kind == FigureKind::Date) {
                figure.year = yearOfDate(figure);
                if (figure.year)
                    sentenceYear = figure.year;
                continue;
            }
            figure.year = sentenceYear ? sentenceYear : (carriesPeriod ? lastYear : std::nullopt);
            bool ownerImplied = false;
            figure.subject = subjectBefore(text, span.start, figures, next, &ownerImplied);
            // A clause about a measure or category with no owner (민간 투자액은 77억 달러로,
            // AI 기업은 4,700개로) goes on about the subject already in play in this sentence or
            // the one before.
            if (figure.subject.isEmpty() && ownerImplied)
                figure.subject = sentenceSubject.isEmpty() ? lastSubject : sentenceSubject;
            if (!figure.subject.isEmpty()) {
                sentenceSubject = figure.subject;
                if (!subjectsHere.contains(figure.subject))
                    subjectsHere << figure.subject;
            }
            if (figure.year)
                sentenceYear = sentenceYear ? sentenceYear : figure.year;
        }
        if (sentenceYear)
            lastYear = sentenceYear;
        // Only an unambiguous topic carries into the next sentence: after 중국이 22.6%, 유럽이
        // 20.9%, 미국은 13%, a sentence that names nobody is not about 미국.
        lastSubject = subjectsHere.size() == 1 ? subjectsHere.first() : QString();
    }
}

} // namespace dokhae::figures::detail
