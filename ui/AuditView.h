#pragma once

#include "Agent.h"
#include "AuditFilter.h"
#include "Language.h"
#include "ReferenceData.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace WalletDesk {

class AuditLogModel;
class AgentDirectory;
class AuditLog;
class DateFilterEdit;
class PagedCsvExport;

// Who looked at or changed what: the audit log filtered by agent, account,
// action and days, loaded as it scrolls, exported as CSV page by page with
// its progress and a cancel button. Filters and entries read as words:
// agents and actions by name, accounts by their masked number.
class AuditView : public QWidget
{
    Q_OBJECT

public:
    AuditView(AuditLog *log, AgentDirectory *agents, QWidget *parent = nullptr);

    void setFilter(const AuditFilter &filter);
    AuditFilter filter() const;
    void setReference(const ReferenceData &reference, Language language);
    AuditLogModel *model() const { return m_model; }
    // Every entry of the filter (all pages) to path; exportFinished() tells.
    // A cancelled or failed export leaves what was at path before.
    void exportTo(const QString &path);
    void cancelExport();
    bool isExporting() const { return m_exportJob != nullptr; }

Q_SIGNALS:
    void exportFinished(bool ok, int rows, const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void fillActions();
    void chooseFile();
    void retranslateUi();

    AuditLog *m_log;
    AuditLogModel *m_model;
    QLabel *m_agentLabel;
    QComboBox *m_agent;
    QLabel *m_accountLabel;
    QLineEdit *m_account;
    // An account chosen by its id (setFilter), until the field is edited.
    std::optional<qint64> m_accountId;
    QLabel *m_actionLabel;
    QComboBox *m_action;
    QLabel *m_fromLabel;
    DateFilterEdit *m_from;
    QLabel *m_toLabel;
    DateFilterEdit *m_to;
    QPushButton *m_apply;
    QPushButton *m_export;
    QPushButton *m_cancelExport;
    QProgressBar *m_progress;
    QTableView *m_view;
    QLabel *m_message;
    PagedCsvExport *m_exportJob = nullptr;
};

} // namespace WalletDesk
