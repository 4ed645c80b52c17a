#pragma once

#include <QObject>
#include <QSet>
#include <QTimer>

namespace dokhae::store {

class Library;

// What other analysts change in an open team library, as it happens: the server announces every
// change (postgres_schema.h, LISTEN/NOTIFY, which QSqlDriver delivers on the connection's thread),
// and this gathers a burst of them (an import announces each article) into one signal per kind a
// quarter second later. Changes made through this connection are not reported: the window that
// made them has shown them already. A local library file has no such announcements; listening on
// one reports nothing.
class LibraryChanges : public QObject {
    Q_OBJECT

public:
    // Listens on the library's connection, which must be open and stay open while this lives.
    explicit LibraryChanges(Library &library, QObject *parent = nullptr);
    bool isListening() const { return m_listening; }
    // After the connection was opened anew (Library::reconnect): listens again, since a new
    // session starts with no LISTEN. Changes made while it was away are not announced: reload.
    bool listenAgain();

signals:
    void articlesChanged();                             // imported, or a new revision
    void annotationsChanged(const QSet<qint64> &articleIds);
    void chartsChanged(const QSet<qint64> &articleIds);
    void entityCorrectionsChanged();

private:
    void received(const QString &payload);
    void flush();

    Library &m_library;
    bool m_listening = false;
    QTimer m_gather;
    bool m_articles = false;
    bool m_corrections = false;
    QSet<qint64> m_annotated;
    QSet<qint64> m_charted;
};

} // namespace dokhae::store
