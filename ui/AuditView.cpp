#include "AuditView.h"

#include "Accessibility.h"
#include "AgentDirectory.h"
#include "AuditLog.h"
#include "AuditLogModel.h"
#include "AuditTexts.h"
#include "DateFilterEdit.h"
#include "PagedCsvExport.h"
#include "ReadOnlyTable.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace WalletDesk {

namespace {
const QDate noLimit(2000, 1, 1);
}

AuditView::AuditView(AuditLog *log, AgentDirectory *agents, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
    , m_model(new AuditLogModel(this))
    , m_agentLabel(new QLabel(this))
    , m_agent(new QComboBox(this))
    , m_accountLabel(new QLabel(this))
    , m_account(new QLineEdit(this))
    , m_actionLabel(new QLabel(this))
    , m_action(new QComboBox(this))
    , m_fromLabel(new QLabel(this))
    , m_from(new DateFilterEdit(this))
    , m_toLabel(new QLabel(this))
    , m_to(new DateFilterEdit(this))
    , m_apply(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_cancelExport(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_message(new QLabel(this))
{
    m_view = makeReadOnlyTable(m_model, QStringLiteral("auditLog"), this);
    fitColumnsToContents(m_view);
    m_message->setObjectName(QStringLiteral("auditMessage"));
    m_agent->setObjectName(QStringLiteral("auditAgent"));
    m_account->setObjectName(QStringLiteral("auditAccount"));
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_to->setObjectName(QStringLiteral("auditTo"));
    m_export->setObjectName(QStringLiteral("auditExport"));
    m_cancelExport->setObjectName(QStringLiteral("auditCancelExport"));
    m_progress->setObjectName(QStringLiteral("auditExportProgress"));
    m_progress->setRange(0, 0); // the number of entries is known only at the end
    m_progress->setMaximumHeight(12);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_cancelExport->hide();
    // The full number or the masked one the log shows: digits, one gap.
    m_account->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9 ]{0,24}(…|\\.{1,3}|\\*{1,8})?[0-9 ]{0,24}")),
        m_account));
    m_account->setMaximumWidth(140);
    m_action->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (DateFilterEdit *e : {m_from, m_to}) {
        e->setMinimumDate(noLimit);
        e->setDate(noLimit);
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_agentLabel->setBuddy(m_agent);
    m_accountLabel->setBuddy(m_account);
    m_actionLabel->setBuddy(m_action);
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    auto *filters = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *> {m_agentLabel, m_agent, m_accountLabel,
             m_account, m_actionLabel, m_action, m_fromLabel, m_from, m_toLabel, m_to, m_apply})
        filters->addWidget(w);
    filters->addStretch();
    filters->addWidget(m_progress, 1);
    filters->addWidget(m_cancelExport);
    filters->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
    connect(m_apply, &QPushButton::clicked, this, &AuditView::reload);
    connect(m_account, &QLineEdit::returnPressed, this, &AuditView::reload);
    connect(m_account, &QLineEdit::textEdited, this, [this] { m_accountId.reset(); });
    connect(m_agent, &QComboBox::activated, this, &AuditView::reload);
    connect(m_action, &QComboBox::activated, this, &AuditView::reload);
    connect(m_model, &AuditLogModel::fetchFailed, m_message, &QLabel::setText);
    connect(m_cancelExport, &QPushButton::clicked, this, &AuditView::cancelExport);
    connect(agents, &AgentDirectory::agentsReady, this, [this](const QList<Agent> &agents) {
        QHash<qint64, QString> names;
        const qint64 keep = m_agent->currentData().toLongLong();
        m_agent->clear();
        m_agent->addItem(tr("All agents"), qint64(0));
        for (const Agent &a : agents) {
            names.insert(a.id, a.displayName);
            m_agent->addItem(QStringLiteral("%1 (%2)").arg(a.displayName, a.username), a.id);
        }
        m_agent->setCurrentIndex(qMax(0, m_agent->findData(keep)));
        m_model->setAgentNames(names);
    });
    connect(m_export, &QPushButton::clicked, this, &AuditView::chooseFile);
    m_agent->addItem(QString(), qint64(0));
    fillActions();
    retranslateUi();
    reload();
}

void AuditView::fillActions()
{
    // Groups first, each followed by its actions; the rest after them. The
    // item data is the code the server filters by.
    m_action->addItem(QString(), QString());
    QStringList left = AuditTexts::actionCodes();
    for (const QString &group : AuditTexts::groupPrefixes()) {
        m_action->addItem(QString(), group);
        for (const QString &code : AuditTexts::actionCodes()) {
            if (code.startsWith(group + QLatin1Char('.'))) {
                m_action->addItem(QString(), code);
                left.removeOne(code);
            }
        }
    }
    for (const QString &code : std::as_const(left))
        m_action->addItem(QString(), code);
}

AuditFilter AuditView::filter() const
{
    AuditFilter f;
    if (const qint64 agent = m_agent->currentData().toLongLong(); agent > 0)
        f.agentId = agent;
    f.accountId = m_accountId;
    if (!m_accountId)
        f.accountNumber = m_account->text().trimmed();
    f.action = m_action->currentData().toString();
    if (m_from->date() != noLimit)
        f.from = m_from->date();
    if (m_to->date() != noLimit)
        f.to = m_to->date();
    return f;
}

void AuditView::setFilter(const AuditFilter &f)
{
    m_agent->setCurrentIndex(qMax(0, m_agent->findData(f.agentId.value_or(0))));
    m_accountId = f.accountId;
    m_account->setText(f.accountId ? QString() : f.accountNumber);
    if (f.accountId) // no number known here: say which account, not blank
        m_account->setPlaceholderText(tr("Account no. %1").arg(*f.accountId));
    int action = m_action->findData(f.action);
    if (action < 0) { // a code this console has no name for: filter by it anyway
        m_action->addItem(AuditTexts::action(f.action), f.action);
        action = m_action->count() - 1;
    }
    m_action->setCurrentIndex(action);
    m_from->setDate(f.from.value_or(noLimit));
    m_to->setDate(f.to.value_or(noLimit));
    reload();
}

void AuditView::setReference(const ReferenceData &reference, Language language)
{
    m_model->setReference(reference, language);
}

void AuditView::reload()
{
    m_message->clear();
    m_model->setFetcher(m_log->fetcherFor(filter()));
    m_model->fetchMore({});
}

void AuditView::chooseFile()
{
    auto *dialog = new QFileDialog(this, tr("Export the audit log"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("auditExportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(QStringLiteral("audit.csv"));
    connect(dialog, &QFileDialog::fileSelected, this, &AuditView::exportTo);
    dialog->open();
}

void AuditView::exportTo(const QString &path)
{
    if (m_exportJob)
        return;
    QStringList header;
    for (int c = 0; c < AuditLogModel::ColumnCount; ++c)
        header << m_model->headerData(c, Qt::Horizontal).toString();
    // The cells as the list shows them. The job turns a page into fields only
    // from its own slots and dies with this view, so the model is there then.
    const AuditLogModel *model = m_model;
    auto rowFields = [model](const AuditEntry &e) {
        QStringList fields;
        for (int c = 0; c < AuditLogModel::ColumnCount; ++c)
            fields << model->text(e, c);
        return fields;
    };
    // Its own pages, so the list on screen stays as it is.
    m_exportJob = new PagedCsvExport(
        PagedCsvExport::fieldsOf<AuditEntry>(m_log->fetcherFor(filter(), 500), rowFields), header,
        path, this);
    m_progress->show();
    m_cancelExport->show();
    m_export->setEnabled(false);
    connect(m_exportJob, &PagedCsvExport::progress, this,
        [this](int rows) { m_message->setText(tr("Exporting… %n entries", nullptr, rows)); });
    connect(m_exportJob, &PagedCsvExport::finished, this,
        [this, path](bool ok, int rows, const QString &text) {
            m_exportJob->deleteLater();
            m_exportJob = nullptr;
            m_progress->hide();
            m_cancelExport->hide();
            m_export->setEnabled(true);
            const QString shown
                = ok ? tr("%n entries exported to %1.", nullptr, rows).arg(path) : text;
            m_message->setText(shown);
            Q_EMIT exportFinished(ok, rows, shown);
        });
    m_exportJob->start();
}

void AuditView::cancelExport()
{
    if (m_exportJob)
        m_exportJob->cancel();
}

void AuditView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AuditView::retranslateUi()
{
    if (m_agent->count() > 0)
        m_agent->setItemText(0, tr("All agents"));
    m_action->setItemText(0, tr("All actions"));
    for (int i = 1; i < m_action->count(); ++i)
        m_action->setItemText(i, AuditTexts::action(m_action->itemData(i).toString()));
    m_agentLabel->setText(tr("A&gent"));
    m_accountLabel->setText(tr("Acco&unt"));
    m_actionLabel->setText(tr("Ac&tion"));
    m_fromLabel->setText(tr("Fro&m"));
    m_toLabel->setText(tr("T&o"));
    for (QLabel *label : {m_agentLabel, m_accountLabel, m_actionLabel, m_fromLabel, m_toLabel})
        Accessibility::nameAfterText(label);
    m_account->setPlaceholderText(
        m_accountId ? tr("Account no. %1").arg(*m_accountId) : tr("8800…0001 or the full number"));
    for (DateFilterEdit *e : {m_from, m_to})
        e->setSpecialValueText(tr("any"));
    m_apply->setText(tr("&Filter"));
    m_export->setText(tr("E&xport CSV…"));
    m_account->setAccessibleName(tr("Filter by account number"));
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));
    m_apply->setObjectName(QStringLiteral("auditApplyFilter"));
    m_apply->setAccessibleName(tr("Apply the filter"));
    m_export->setAccessibleName(tr("Export the filtered audit log as CSV"));
    m_cancelExport->setText(tr("Cancel export"));
    Accessibility::nameAfterText(m_cancelExport);
    m_progress->setAccessibleName(tr("Export progress"));
    m_view->setAccessibleName(tr("Audit log, newest first"));
    m_model->retranslate();
}

} // namespace WalletDesk
