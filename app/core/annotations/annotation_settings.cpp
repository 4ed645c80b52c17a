#include "annotations/annotation_settings.h"

#include "annotations/annotation.h"

#include <QCoreApplication>
#include <QSettings>

namespace dokhae::annotations {

namespace {

QString colorKeyPath(const QString &key)
{
    return QStringLiteral("annotations/colorNames/") + key;
}

const QString kAuthorKey = QStringLiteral("annotations/author");

} // namespace

QString defaultColorName(const QString &key)
{
    // The meanings analysts reading for evidence reach for first (Zotero's and Hypothesis's users
    // describe much the same set); each is only a default.
    if (key == QLatin1String("yellow"))
        return QCoreApplication::translate("Annotations", "Evidence");
    if (key == QLatin1String("red"))
        return QCoreApplication::translate("Annotations", "Question");
    if (key == QLatin1String("blue"))
        return QCoreApplication::translate("Annotations", "Figure");
    if (key == QLatin1String("green"))
        return QCoreApplication::translate("Annotations", "Key point");
    if (key == QLatin1String("purple"))
        return QCoreApplication::translate("Annotations", "Follow up");
    return key;
}

QString colorName(const QString &key)
{
    const QString chosen = QSettings().value(colorKeyPath(key)).toString().trimmed();
    return chosen.isEmpty() ? defaultColorName(key) : chosen;
}

void setColorName(const QString &key, const QString &name)
{
    QSettings settings;
    if (name.trimmed().isEmpty())
        settings.remove(colorKeyPath(key));
    else
        settings.setValue(colorKeyPath(key), name.trimmed());
}

QString authorName()
{
    const QString chosen = QSettings().value(kAuthorKey).toString().trimmed();
    if (!chosen.isEmpty())
        return chosen;
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user;
}

void setAuthorName(const QString &name)
{
    QSettings().setValue(kAuthorKey, name.trimmed());
}

} // namespace dokhae::annotations
