#include "entity_expectations.h"

#include "entities/name_key.h"
#include "import/article_parser.h"

#include <QFile>

using namespace dokhae::entities;

QString Score::summary(const QString &label) const
{
    return QStringLiteral("%1: recall %2/%3 = %4, precision %5/%6 = %7; missed [%8]; unexpected [%9]; wrong type [%10]")
        .arg(label)
        .arg(found).arg(expected).arg(recall(), 0, 'f', 2)
        .arg(correct).arg(reported).arg(precision(), 0, 'f', 2)
        .arg(missed.join(QStringLiteral(", ")), unexpected.join(QStringLiteral(", ")),
             wrongType.join(QStringLiteral(", ")));
}

QList<ExpectedEntity> loadExpectations(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = file.errorString();
        return {};
    }
    QList<ExpectedEntity> list;
    for (const QString &rawLine : QString::fromUtf8(file.readAll()).split(u'\n')) {
        QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        ExpectedEntity entity;
        if (line.startsWith(u'?')) {
            entity.optional = true;
            line.remove(0, 1);
        }
        const QStringList cells = line.split(u'\t');
        if (cells.size() != 2 || !entityTypeFromName(cells.at(0), &entity.type)) {
            *error = QStringLiteral("bad line: ") + rawLine;
            return {};
        }
        entity.names = cells.at(1).split(u'|', Qt::SkipEmptyParts);
        list.append(entity);
    }
    return list;
}

namespace {

bool sameEntity(const Entity &recognized, const ExpectedEntity &expected)
{
    for (const QString &name : recognized.allNames()) {
        for (const QString &wanted : expected.names) {
            if (nameKey(name) == nameKey(wanted))
                return true;
        }
    }
    return false;
}

} // namespace

Score scoreEntities(const QList<ArticleEntity> &recognized, const QList<ExpectedEntity> &expected)
{
    Score score;
    for (const ExpectedEntity &wanted : expected) {
        if (wanted.optional)
            continue;
        ++score.expected;
        const bool found = std::any_of(recognized.begin(), recognized.end(),
                                       [&](const ArticleEntity &item) { return sameEntity(item.entity, wanted); });
        if (found)
            ++score.found;
        else
            score.missed.append(wanted.names.constFirst());
    }
    for (const ArticleEntity &item : recognized) {
        const auto match = std::find_if(expected.begin(), expected.end(),
                                        [&](const ExpectedEntity &wanted) { return sameEntity(item.entity, wanted); });
        if (match != expected.end() && match->optional)
            continue;
        ++score.reported;
        const QString label = item.entity.displayName(u"ko") + u'/' + entityTypeName(item.entity.type);
        if (match == expected.end()) {
            score.unexpected.append(label);
            continue;
        }
        ++score.correct;
        if (match->type != item.entity.type)
            score.wrongType.append(label);
    }
    return score;
}

QString readingTextOf(const QString &path)
{
    return dokhae::import::parseArticleFile(path).article.text;
}
