#include "entities/tagger/ner_tagger.h"

#include "util/app_paths.h"

#include <QDebug>

#include <algorithm>

namespace dokhae::entities {

QList<TaggedName> namesWithConfidence(const NerModel &model, QStringView line)
{
    std::vector<double> gaps;
    QList<TaggedName> names = namesFromLabels(model.decode(NerFeatures(line), &gaps));
    for (TaggedName &name : names)
        name.confidence = *std::min_element(gaps.cbegin() + name.start, gaps.cbegin() + name.end);
    return names;
}

QList<TaggedName> NerTagger::tag(const QString &text) const
{
    return tag(text, m_model.minConfidence());
}

QList<TaggedName> NerTagger::tag(const QString &text, double minConfidence) const
{
    QList<TaggedName> names;
    qsizetype lineStart = 0;
    while (lineStart < text.size()) {
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        const QStringView line = QStringView(text).mid(lineStart, lineEnd - lineStart);
        if (!line.trimmed().isEmpty()) {
            for (TaggedName name : namesWithConfidence(m_model, line)) {
                if (name.confidence < minConfidence)
                    continue;
                name.start += lineStart;
                name.end += lineStart;
                names.append(name);
            }
        }
        lineStart = lineEnd + 1;
    }
    return names;
}

const NerTagger *NerModelLoader::tagger() const
{
    std::call_once(m_once, [this] {
        QString error;
        if (std::optional<NerModel> model = NerModel::load(m_path, &error))
            m_tagger = std::make_unique<const NerTagger>(std::move(*model));
        else
            qWarning().noquote() << "Name tagger model" << m_path << "not used (" << error
                                 << "): names come from the catalog and the rules only";
    });
    return m_tagger.get();
}

const NerTagger *NerTagger::shared()
{
    static const NerModelLoader loader(paths::bundledDataFile(QStringLiteral("entities/ner-model.bin")));
    return loader.tagger();
}

} // namespace dokhae::entities
