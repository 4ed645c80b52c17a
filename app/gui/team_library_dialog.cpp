#include "team_library_dialog.h"

#include "store/library.h"
#include "store/library_location.h"
#include "store/server_passwords.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QThreadPool>
#include <QVBoxLayout>

namespace dokhae::gui {

namespace {

// libpq's sslmode values a user picks between; "prefer" is libpq's own default.
const QStringList kSslModes{QStringLiteral("prefer"), QStringLiteral("require"), QStringLiteral("verify-full"),
                            QStringLiteral("disable")};

} // namespace

TeamLibraryDialog::TeamLibraryDialog(QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_sslMode(new QComboBox(this))
    , m_uri(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_testButton(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this))
    , m_testGeneration(std::make_shared<int>(0))
{
    setObjectName(QStringLiteral("teamLibraryDialog"));
    m_host->setObjectName(QStringLiteral("host"));
    m_port->setObjectName(QStringLiteral("port"));
    m_database->setObjectName(QStringLiteral("database"));
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_sslMode->setObjectName(QStringLiteral("sslMode"));
    m_uri->setObjectName(QStringLiteral("uri"));
    m_status->setObjectName(QStringLiteral("status"));
    m_testButton->setObjectName(QStringLiteral("testConnection"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_password->setEchoMode(QLineEdit::Password);
    m_sslMode->addItems(kSslModes);
    m_uri->setReadOnly(true);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(QString(), m_host);
    form->addRow(QString(), m_port);
    form->addRow(QString(), m_database);
    form->addRow(QString(), m_user);
    form->addRow(QString(), m_password);
    form->addRow(QString(), m_sslMode);
    form->addRow(QString(), m_uri);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_testButton, 0, Qt::AlignLeft);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    for (QLineEdit *field : {m_host, m_database, m_user})
        connect(field, &QLineEdit::textChanged, this, &TeamLibraryDialog::updateUri);
    connect(m_port, &QSpinBox::valueChanged, this, &TeamLibraryDialog::updateUri);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, &TeamLibraryDialog::updateUri);
    connect(m_testButton, &QPushButton::clicked, this, &TeamLibraryDialog::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        rememberPassword();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    updateUri();
}

TeamLibraryDialog::~TeamLibraryDialog()
{
    ++*m_testGeneration;  // a test still running reports to no one
}

QString TeamLibraryDialog::location() const
{
    return m_uri->text();
}

QString TeamLibraryDialog::testResult() const
{
    return m_testResult;
}

void TeamLibraryDialog::setLocation(const QString &location)
{
    const store::LibraryLocation parsed = store::LibraryLocation::parse(location);
    if (!parsed.isServer())
        return;
    m_host->setText(parsed.host());
    m_port->setValue(parsed.port() > 0 ? parsed.port() : 5432);
    m_database->setText(parsed.database());
    m_user->setText(parsed.user());
    for (const QString &option : parsed.connectOptions().split(u';', Qt::SkipEmptyParts)) {
        if (option.startsWith(QLatin1String("sslmode=")))
            m_sslMode->setCurrentIndex(std::max<qsizetype>(0, kSslModes.indexOf(option.section(u'=', 1))));
    }
}

void TeamLibraryDialog::updateUri()
{
    const int port = m_port->value() == 5432 ? 0 : m_port->value();  // libpq's default, left out
    const QString options = m_sslMode->currentIndex() > 0 ? QStringLiteral("sslmode=") + m_sslMode->currentText() : QString();
    m_uri->setText(store::LibraryLocation::server(m_host->text().trimmed(), port, m_database->text().trimmed(),
                                                  m_user->text().trimmed(), options)
                       .toString());
    const bool named = !m_database->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(named);
    m_testButton->setEnabled(named);
}

void TeamLibraryDialog::rememberPassword() const
{
    const QString location = store::LibraryLocation::parse(m_uri->text()).toString();
    if (m_password->text().isEmpty())
        store::serverPasswords().forget(location);
    else
        store::serverPasswords().remember(location, m_password->text());
}

void TeamLibraryDialog::testConnection()
{
    rememberPassword();
    const int generation = ++*m_testGeneration;
    m_testButton->setEnabled(false);
    m_status->setText(tr("Connecting to %1…").arg(m_uri->text()));
    QPointer<TeamLibraryDialog> dialog(this);
    QThreadPool::globalInstance()->start([dialog, generation, shared = m_testGeneration, location = m_uri->text()] {
        store::Library library;
        const bool ok = library.open(location);
        const QString text = ok ? TeamLibraryDialog::tr("Connected: a Dokhae library of %n article(s).", nullptr,
                                                        library.articleCount())
                                : library.lastError();
        library.close();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [dialog, generation, shared, ok, text] {
                if (dialog && *shared == generation)
                    dialog->showTestResult(ok, text);
            },
            Qt::QueuedConnection);
    });
}

void TeamLibraryDialog::showTestResult(bool ok, const QString &text)
{
    m_testResult = text;
    m_status->setText(text);
    m_status->setProperty("ok", ok);
    m_testButton->setEnabled(true);
    emit testFinished(ok);
}

void TeamLibraryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void TeamLibraryDialog::retranslateUi()
{
    setWindowTitle(tr("Open Team Library"));
    auto *form = qobject_cast<QFormLayout *>(layout()->itemAt(0)->layout());
    const QList<std::pair<QWidget *, QString>> labels{
        {m_host, tr("Server:")},     {m_port, tr("Port:")},          {m_database, tr("Database:")},
        {m_user, tr("User:")},       {m_password, tr("Password:")}, {m_sslMode, tr("Encryption (sslmode):")},
        {m_uri, tr("Connection URI:")}};
    for (const auto &[field, text] : labels) {
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
            label->setText(text);
    }
    m_host->setPlaceholderText(tr("host name, or the folder of a Unix socket"));
    m_user->setPlaceholderText(tr("your login name when empty"));
    m_password->setPlaceholderText(tr("not saved; when empty, ~/.pgpass is read"));
    m_testButton->setText(tr("&Test Connection"));
}

} // namespace dokhae::gui
