#include "silver_labels.h"

#include <QFile>

#include <algorithm>

namespace dokhae::tools {

using entities::NerLabel;
using entities::NerSentence;

namespace {

std::optional<QString> readText(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return QString::fromUtf8(file.readAll());
}

bool startsWord(const QString &text, qsizetype i)
{
    return i == 0 || !text.at(i - 1).isLetterOrNumber();
}

// The commonest annotation of a form: its labels (none for a form that is not a name) and count.
struct Commonest {
    NerLabel begin = NerLabel::Outside;
    int count = 0;
};

Commonest commonest(const AnnotatedForm &form)
{
    Commonest best{NerLabel::Outside, form.other};
    for (const auto &[begin, count] : {std::pair{NerLabel::BeginPerson, form.person},
                                       std::pair{NerLabel::BeginOrg, form.organization},
                                       std::pair{NerLabel::BeginPlace, form.place}}) {
        if (count > best.count)
            best = {begin, count};
    }
    return best;
}

class FormMatcher
{
public:
    explicit FormMatcher(const AnnotatedForms &forms)
        : m_forms(forms)
    {
        for (auto it = forms.cbegin(); it != forms.cend(); ++it)
            m_longest = std::max(m_longest, it.key().size());
        m_longest = std::min<qsizetype>(m_longest, 25); // longer forms are rare and never start inside one
    }

    // Calls `visit(form, entry)` for each form starting at `i`, longest first, until it returns true.
    template<typename Visit>
    void forEachAt(const QString &text, qsizetype i, Visit visit) const
    {
        for (qsizetype length = std::min(m_longest, text.size() - i); length > 0; --length) {
            const QString form = text.mid(i, length);
            if (const auto it = m_forms.constFind(form); it != m_forms.cend() && visit(form, *it))
                return;
        }
    }

private:
    const AnnotatedForms &m_forms;
    qsizetype m_longest = 0;
};

} // namespace

std::optional<AnnotatedForms> readAnnotatedForms(const QString &path, const QString &countColumn, QString *error)
{
    const std::optional<QString> content = readText(path, error);
    if (!content)
        return std::nullopt;
    const QStringList lines = content->split(u'\n', Qt::SkipEmptyParts);
    const qsizetype column = lines.isEmpty() ? -1 : lines.first().split(u'\t').indexOf(countColumn);
    if (column < 2) {
        *error = QStringLiteral("%1: no column %2 in the header").arg(path, countColumn);
        return std::nullopt;
    }
    AnnotatedForms forms;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList fields = lines.at(i).split(u'\t');
        const int count = fields.size() > column ? fields.at(column).toInt() : 0;
        if (count <= 0 || fields.at(0).isEmpty())
            continue;
        AnnotatedForm &form = forms[fields.at(0)];
        const QString &label = fields.at(1);
        int &slot = label.startsWith(u"PS_") ? form.person
                    : label.startsWith(u"OG") ? form.organization
                    : label.startsWith(u"LC") ? form.place
                                               : form.other;
        slot += count;
    }
    return forms;
}

std::optional<QList<NerSentence>> silverSentences(const QString &rawPath, const AnnotatedForms &forms, double threshold,
                                                  QString *error)
{
    const std::optional<QString> content = readText(rawPath, error);
    if (!content)
        return std::nullopt;
    QStringList texts;
    for (const QString &line : content->split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype tab = line.indexOf(u'\t');
        texts.append(tab >= 0 ? line.mid(tab + 1) : line);
    }

    // How often each form stands at the start of a word in these sentences, annotated or not.
    const FormMatcher matcher(forms);
    QHash<QString, int> occurrences;
    for (const QString &text : texts) {
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (startsWord(text, i))
                matcher.forEachAt(text, i, [&](const QString &form, const AnnotatedForm &) {
                    ++occurrences[form];
                    return false;
                });
        }
    }

    QList<NerSentence> sentences;
    sentences.reserve(texts.size());
    for (const QString &text : texts) {
        NerSentence sentence;
        sentence.text = text;
        sentence.labels = QList<NerLabel>(text.size(), NerLabel::Outside);
        for (qsizetype i = 0; i < text.size();) {
            qsizetype matched = 0;
            if (startsWord(text, i)) {
                matcher.forEachAt(text, i, [&](const QString &form, const AnnotatedForm &entry) {
                    const Commonest best = commonest(entry);
                    if (best.count < threshold * std::max(1, occurrences.value(form)))
                        return false;
                    matched = form.size();
                    if (best.begin != NerLabel::Outside) {
                        sentence.labels[i] = best.begin;
                        std::fill(sentence.labels.begin() + i + 1, sentence.labels.begin() + i + matched, entities::continuationOf(best.begin));
                    }
                    return true;
                });
            }
            i += std::max<qsizetype>(matched, 1);
        }
        sentences.append(std::move(sentence));
    }
    return sentences;
}

} // namespace dokhae::tools
