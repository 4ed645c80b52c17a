#include "text/sentences.h"

#include <QString>

namespace dokhae::text {

QList<SentenceSpan> sentenceSpans(QStringView text)
{
    QList<SentenceSpan> spans;
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

} // namespace dokhae::text
