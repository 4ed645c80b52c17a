#include "store/library_location.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace dokhae::store {

namespace {

// The libpq parameters a URI's query may set that we pass on; anything else is refused, so that
// a typo does not silently connect with defaults. (host may also come as ?host=/socket/folder.)
const QStringList &knownOptions()
{
    static const QStringList options{QStringLiteral("sslmode"),        QStringLiteral("sslrootcert"),
                                     QStringLiteral("sslcert"),        QStringLiteral("sslkey"),
                                     QStringLiteral("service"),        QStringLiteral("connect_timeout"),
                                     QStringLiteral("application_name"), QStringLiteral("target_session_attrs")};
    return options;
}

} // namespace

bool LibraryLocation::looksLikeServer(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
           || trimmed.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

LibraryLocation LibraryLocation::parse(const QString &text)
{
    LibraryLocation location;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        location.m_error = QCoreApplication::translate("LibraryLocation", "No library was given.");
        return location;
    }
    if (!looksLikeServer(trimmed)) {
        location.m_filePath = QFileInfo(text).absoluteFilePath();
        return location;
    }
    location.m_kind = Kind::Server;
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid()) {
        location.m_error = QCoreApplication::translate("LibraryLocation", "“%1” is not a PostgreSQL connection URI: %2").arg(trimmed, url.errorString());
        return location;
    }
    if (!url.password().isEmpty()) {
        location.m_error = QCoreApplication::translate("LibraryLocation", "The connection URI carries a password. Leave it out: Dokhae never stores passwords. "
                              "Put it in ~/.pgpass or a PostgreSQL service file, or type it when asked.");
        return location;
    }
    location.m_host = url.host();
    location.m_port = std::max(0, url.port(0));
    location.m_user = url.userName();
    location.m_database = url.path().mid(1);  // without the leading '/'
    QStringList options;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host") && location.m_host.isEmpty()) {
            location.m_host = value;
        } else if (key == QLatin1String("port") && location.m_port == 0) {
            location.m_port = value.toInt();
        } else if (key == QLatin1String("dbname") && location.m_database.isEmpty()) {
            location.m_database = value;
        } else if (key == QLatin1String("user") && location.m_user.isEmpty()) {
            location.m_user = value;
        } else if (key == QLatin1String("password")) {
            location.m_error = QCoreApplication::translate("LibraryLocation", "The connection URI carries a password. Leave it out: Dokhae never stores "
                                  "passwords. Put it in ~/.pgpass or a PostgreSQL service file, or type it when asked.");
            return location;
        } else if (knownOptions().contains(key)) {
            options << key + u'=' + value;
        } else {
            location.m_error = QCoreApplication::translate("LibraryLocation", "The connection URI has an option Dokhae does not know: %1").arg(key);
            return location;
        }
    }
    location.m_options = options.join(u';');
    if (location.m_database.isEmpty() && !location.m_options.contains(QLatin1String("service="))) {
        location.m_error = QCoreApplication::translate("LibraryLocation", "The connection URI names no database: add it after the host, as in "
                              "postgresql://analyst@server/team_library.");
        return location;
    }
    return location;
}

LibraryLocation LibraryLocation::server(const QString &host, int port, const QString &database, const QString &user,
                                        const QString &options)
{
    LibraryLocation location;
    location.m_kind = Kind::Server;
    location.m_host = host;
    location.m_port = std::max(0, port);
    location.m_database = database;
    location.m_user = user;
    location.m_options = options;
    return location;
}

QString LibraryLocation::toString() const
{
    if (m_kind == Kind::File)
        return m_filePath;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    QUrlQuery query;
    // A socket folder is a path, which the authority cannot hold: it goes in the query.
    if (m_host.startsWith(u'/'))
        query.addQueryItem(QStringLiteral("host"), m_host);
    else
        url.setHost(m_host);
    if (m_port > 0)
        url.setPort(m_port);
    url.setUserName(m_user);
    url.setPath(u'/' + m_database);
    for (const QString &option : m_options.split(u';', Qt::SkipEmptyParts))
        query.addQueryItem(option.section(u'=', 0, 0), option.section(u'=', 1));
    url.setQuery(query);
    const QString text = url.toString(QUrl::FullyEncoded);
    // QUrl writes no "//" without an authority ("postgresql:/db"), which libpq would not read.
    if (url.authority().isEmpty())
        return QStringLiteral("postgresql://") + text.mid(QStringLiteral("postgresql:").size());
    return text;
}

} // namespace dokhae::store
