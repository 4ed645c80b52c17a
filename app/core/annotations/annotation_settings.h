#pragma once

#include <QString>

namespace dokhae::annotations {

// What a highlight color means is the analyst's choice, kept in the settings (QSettings) beside
// the window's layout, so the window, the exports and the CLI name colors alike. Until renamed, a
// color has a default meaning in the interface's language.
QString colorName(const QString &key);
QString defaultColorName(const QString &key);
// An empty name restores the default.
void setColorName(const QString &key, const QString &name);

// Who new annotations are by: the name the analyst set, else the account's user name. A team
// library shows it beside every note.
QString authorName();
void setAuthorName(const QString &name);

} // namespace dokhae::annotations
