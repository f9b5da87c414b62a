#pragma once

#include "AccountSummary.h"
#include "Complaint.h"
#include "ReferenceData.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace WalletDesk {

// Logging a complaint that came without a call (WeChat, app form, letter,
// e-mail, service center): the channel, the customer's account found by
// phone or account number, how they want to hear back (number, time,
// language, no text messages) and the evidence files. It says what it
// needs; whoever saves it closes it (accept()) or calls showProblem().
class ChannelComplaintDialog : public QDialog
{
    Q_OBJECT

public:
    ChannelComplaintDialog(
        const ReferenceData &reference, Language language, QWidget *parent = nullptr);

    ComplaintDraft draft() const;
    QStringList files() const;
    void addFile(const QString &path);
    void showAccounts(const QList<AccountSummary> &accounts);
    void showProblem(const QString &message);

Q_SIGNALS:
    void searchRequested(const QString &query);
    void submitted(const WalletDesk::ComplaintDraft &draft, const QStringList &files);

private:
    void submit();
    void chooseFiles();

    QComboBox *m_channel;
    QComboBox *m_category;
    QComboBox *m_severity;
    QLineEdit *m_search;
    QComboBox *m_account;
    QLineEdit *m_callback;
    QLineEdit *m_preferred;
    QComboBox *m_noticeLanguage;
    QCheckBox *m_optOut;
    QPlainTextEdit *m_description;
    QLineEdit *m_wants;
    QListWidget *m_files;
    QLabel *m_problem;
};

} // namespace WalletDesk
