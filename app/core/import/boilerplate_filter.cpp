#include "import/boilerplate_filter.h"

#include "import/boilerplate_signals.h"
#include "import/line_features.h"
#include "text/sentences.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace dokhae::import {

namespace {

using namespace features;

constexpr qsizetype kLabelLength = 15;      // menu items, tags, section labels
constexpr qsizetype kRepeatMinLength = 30;  // shorter repeats are headings or names, not blocks
constexpr qsizetype kProseAfterNotice = 150; // a paragraph this long after a copyright line is text
constexpr qsizetype kMaxParagraphsForContainment = 1000;
constexpr qsizetype kPlainSentenceLength = 10;  // shorter "sentences" are abbreviations (T. F.) and labels

struct Paragraph {
    QString text;
    Signal signal = Signal::None;
    bool removed = false;
};

using Page = QList<Paragraph>;

// Indices of the paragraphs still kept, in order.
QList<qsizetype> keptIndices(const Page &page)
{
    QList<qsizetype> kept;
    for (qsizetype i = 0; i < page.size(); ++i) {
        if (!page.at(i).removed)
            kept.append(i);
    }
    return kept;
}

QString withoutTrailingEllipsis(const QString &text)
{
    static const QRegularExpression ellipsis(QStringLiteral("\\s*(?:…|\\.{3,})\\s*$"));
    return QString(text).remove(ellipsis);
}

// A paragraph of prose with one sentence of contact details or a credit in it (a text copied as
// one line often is one) is not furniture: only its furniture sentences go. The paragraph counts
// as prose when most of it is sentences of words that signal nothing.
void dropFurnitureSentencesFromProse(Paragraph &p)
{
    if (p.signal != Signal::Strong)
        return;
    const QList<text::SentenceSpan> spans = text::sentenceSpans(p.text);
    if (spans.size() < 2)
        return;
    QString prose;
    qsizetype plainLength = 0;
    for (const text::SentenceSpan &span : spans) {
        const QString sentence = p.text.mid(span.start, span.end - span.start);
        const Signal signal = signalOf(sentence.trimmed());
        const bool plain = signal == Signal::None && visibleLength(sentence) >= kPlainSentenceLength
                           && digitDensity(sentence) < 0.3;
        plainLength += plain ? visibleLength(sentence) : 0;
        if (signal != Signal::Strong)
            prose += sentence;
    }
    if (plainLength * 2 < visibleLength(p.text))
        return;
    p.text = prose.trimmed();
    p.signal = Signal::None;
}

// A block printed twice, or a teaser or summary that repeats part of a longer paragraph.
// Containment is quadratic; pages longer than any article only get the exact-twin check.
void removeRepeatedBlocks(Page &page)
{
    QSet<QString> seen;
    for (Paragraph &p : page) {
        if (p.removed || visibleLength(p.text) < kRepeatMinLength)
            continue;
        if (seen.contains(p.text))
            p.removed = true;
        else
            seen.insert(p.text);
    }
    if (page.size() > kMaxParagraphsForContainment)
        return;
    for (Paragraph &p : page) {
        const QString core = withoutTrailingEllipsis(p.text);
        if (p.removed || visibleLength(core) < kRepeatMinLength)
            continue;
        p.removed = std::any_of(page.cbegin(), page.cend(), [&](const Paragraph &other) {
            return !other.removed && other.text.size() > core.size() && other.text.contains(core);
        });
    }
}

// Q./A. blocks: removed when announced as FAQ or when the answers are one-liners; an interview
// written as questions and answers has long answers and stays.
void removeFaqBlocks(Page &page)
{
    qsizetype i = 0;
    while (i < page.size()) {
        if (!isQuestionLine(page.at(i).text)) {
            ++i;
            continue;
        }
        qsizetype end = i;
        bool shortAnswers = true;
        int answers = 0;
        while (end < page.size() && (isQuestionLine(page.at(end).text) || isAnswerLine(page.at(end).text))) {
            if (isAnswerLine(page.at(end).text)) {
                ++answers;
                shortAnswers = shortAnswers && visibleLength(page.at(end).text) <= 40;
            }
            ++end;
        }
        const bool announced = i > 0 && isTemplateLabel(page.at(i - 1).text);
        if (answers > 0 && (announced || shortAnswers)) {
            for (qsizetype k = announced ? i - 1 : i; k < end; ++k)
                page[k].removed = true;
        }
        i = end;
    }
}

void removeStrongLines(Page &page)
{
    for (Paragraph &p : page) {
        if (p.signal == Signal::Strong || isTemplateLabel(p.text))
            p.removed = true;
    }
}

// Three or more labels in a row are a menu or a feature box; an article's headings stand alone
// between paragraphs. A short label that recurs on the page is a template label too.
void removeLabelRuns(Page &page)
{
    const QList<qsizetype> kept = keptIndices(page);
    auto isLabel = [&](qsizetype i) { return isShortLabel(page.at(i).text, kLabelLength); };
    qsizetype runStart = 0;
    for (qsizetype k = 0; k <= kept.size(); ++k) {
        if (k < kept.size() && isLabel(kept.at(k)))
            continue;
        if (k - runStart >= 3) {
            for (qsizetype r = runStart; r < k; ++r)
                page[kept.at(r)].removed = true;
        }
        runStart = k + 1;
    }
    for (const qsizetype i : kept) {
        if (!isLabel(i))
            continue;
        const QString &text = page.at(i).text;
        const auto twins = std::count_if(page.cbegin(), page.cend(), [&](const Paragraph &p) { return p.text == text; });
        if (twins > 1)
            page[i].removed = true;
    }
}

// A label dropped into the middle of a sentence: the paragraph before it does not end a sentence
// and the one after it starts with the sentence's punctuation.
void removeSentenceSplittingLabels(Page &page)
{
    const QList<qsizetype> kept = keptIndices(page);
    for (qsizetype k = 1; k + 1 < kept.size(); ++k) {
        const QString &label = page.at(kept.at(k)).text;
        if (isShortLabel(label, kLabelLength) && !endsWithSentencePunctuation(page.at(kept.at(k - 1)).text)
            && startsWithSentenceContinuation(page.at(kept.at(k + 1)).text))
            page[kept.at(k)].removed = true;
    }
}

// Category and breadcrumb lines above the article ("IT/기술", "뉴스 > 국제").
void removeHeaderBreadcrumbs(Page &page)
{
    static const QRegularExpression crumbSeparator(QStringLiteral("\\S\\s*[/>›»]\\s*\\S"));
    for (Paragraph &p : page) {
        if (p.removed)
            continue;
        if (visibleLength(p.text) > kRepeatMinLength * 2)
            break;  // the article has begun
        if (isShortLabel(p.text, kLabelLength) && crumbSeparator.match(p.text).hasMatch())
            p.removed = true;
    }
}

// A closing section announced by an emoji-led label ("✨ 소식", "⛅ …") that carries contact
// details is an advertisement or house notice appended to the article.
void removePromotionalTail(Page &page)
{
    const QList<qsizetype> kept = keptIndices(page);
    qsizetype charsBefore = 0;
    for (qsizetype k = 0; k < kept.size(); ++k) {
        const QString &text = page.at(kept.at(k)).text;
        if (startsWithEmoji(text) && isShortLabel(text, 30)) {
            qsizetype charsAfter = 0;
            bool contact = false;
            for (qsizetype r = kept.at(k); r < page.size(); ++r) {
                charsAfter += page.at(r).text.size();
                contact = contact || hasEmail(page.at(r).text) || hasPhoneNumber(page.at(r).text);
            }
            if (contact && charsAfter < charsBefore) {
                for (qsizetype r = kept.at(k); r < page.size(); ++r)
                    page[r].removed = true;
                return;
            }
        }
        charsBefore += text.size();
    }
}

// No article goes on after its copyright notice: what follows one in the second half of the
// page (section notes, share buttons, reactions, the publisher's ranking) is furniture, unless
// it is a long paragraph.
void removeAfterCopyright(Page &page)
{
    for (qsizetype c = page.size() - 1; c >= page.size() / 2; --c) {
        if (page.at(c).signal != Signal::Strong || !hasCopyrightNotice(page.at(c).text))
            continue;
        // A photo credit inside the article ("ⓒ AFP=뉴스1") has the sign but not the words of the
        // notice that ends one.
        if (!containsAnyWord(page.at(c).text, {u"무단", u"재배포", u"all rights", u"all right", u"저작권자", u"copyright"}))
            continue;
        const bool onlyShortLines = std::all_of(page.cbegin() + c + 1, page.cend(), [](const Paragraph &p) {
            return visibleLength(p.text) <= kProseAfterNotice;
        });
        if (onlyShortLines) {
            for (qsizetype i = c + 1; i < page.size(); ++i)
                page[i].removed = true;
        }
        return;
    }
}

// Walks up from the end over furniture-like lines; the block is removed when it holds a strong
// signal or several weak ones. A short sentence of prose stops the walk.
void removeClosingFurniture(Page &page)
{
    int strong = 0;
    int weak = 0;
    qsizetype start = page.size();
    for (qsizetype i = page.size() - 1; i >= 0; --i) {
        const Paragraph &p = page.at(i);
        // A bulleted item that ends a sentence ("▲네오펙트=… 등록.") is the article's list, not a link list.
        const bool label = isShortLabel(p.text, 20)
            || (isBulletLine(p.text) && visibleLength(p.text) <= 30 && !endsWithSentencePunctuation(p.text));
        if (!p.removed && p.signal == Signal::None && !label)
            break;
        strong += p.signal == Signal::Strong ? 1 : 0;
        weak += p.signal == Signal::Weak || (p.removed && p.signal == Signal::None) ? 1 : 0;
        start = i;
    }
    if (strong == 0 && weak < 2)
        return;
    for (qsizetype i = start; i < page.size(); ++i)
        page[i].removed = true;
}

// ". 가장 …" continues the sentence the paragraph before left open.
QStringList joinBrokenSentences(const Page &page)
{
    QStringList out;
    for (const Paragraph &p : page) {
        if (p.removed)
            continue;
        if (!out.isEmpty() && startsWithSentenceContinuation(p.text) && !endsWithSentencePunctuation(out.constLast()))
            out.last().append(p.text);
        else
            out.append(p.text);
    }
    return out;
}

} // namespace

QStringList removeBoilerplate(const QStringList &paragraphs)
{
    Page page;
    page.reserve(paragraphs.size());
    for (const QString &text : paragraphs) {
        page.append({text, signalOf(text), false});
        dropFurnitureSentencesFromProse(page.last());
    }

    removeRepeatedBlocks(page);
    removeFaqBlocks(page);
    removeStrongLines(page);
    removePromotionalTail(page);
    removeAfterCopyright(page);
    removeClosingFurniture(page);
    removeLabelRuns(page);
    removeSentenceSplittingLabels(page);
    removeHeaderBreadcrumbs(page);
    return joinBrokenSentences(page);
}

} // namespace dokhae::import
