#pragma once

#include <QDialog>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace dokhae::gui {

// File ▸ Open Team Library…: where the team's PostgreSQL server is and who connects, a "Test
// connection" that opens the library on a worker (a server that does not answer must not hold the
// window) and says what it found, and the connection URI to give the CLI's --db. A password typed
// here is held in memory for this session only (store/server_passwords.h); left empty, libpq reads
// ~/.pgpass or the service file.
class TeamLibraryDialog : public QDialog {
    Q_OBJECT

public:
    explicit TeamLibraryDialog(QWidget *parent = nullptr);
    ~TeamLibraryDialog() override;

    // The library to open (postgresql://…, no password), valid once the dialog is accepted.
    QString location() const;
    // Fills the fields from a location (a recent library, say).
    void setLocation(const QString &location);

    // For tests: the last test's outcome, once testFinished() has been emitted.
    QString testResult() const;

signals:
    void testFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateUri();
    void rememberPassword() const;
    void testConnection();
    void showTestResult(bool ok, const QString &text);

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_sslMode;
    QLineEdit *m_uri;
    QLabel *m_status;
    QPushButton *m_testButton;
    QDialogButtonBox *m_buttons;
    std::shared_ptr<int> m_testGeneration;  // the newest test; shared with the worker
    QString m_testResult;
};

} // namespace dokhae::gui
