#pragma once

#include "Complaint.h"
#include "ReferenceData.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QLineEdit;

namespace WalletDesk {

// Logging a complaint on a call: channel, category, severity, linked
// transaction, what happened and what the customer wants, with the
// deadlines the regulator's clock sets. Works offline: the result is queued.
class ComplaintDialog : public QDialog
{
    Q_OBJECT

public:
    ComplaintDialog(const ReferenceData &reference, Language language, QWidget *parent = nullptr);

    void setAccount(std::optional<qint64> accountId, const QString &callId,
        std::optional<qint64> transactionId);
    // Preselects a category (a reference data code) that fits the call; an
    // unknown code leaves the first.
    void suggestCategory(const QString &code);
    ComplaintDraft draft() const;
    // Saving failed: the dialog stays open with everything typed, and says why.
    void showProblem(const QString &message);

Q_SIGNALS:
    // The agent pressed OK on a complete complaint. Whoever saves it closes
    // the dialog (accept()) once it is saved, or calls showProblem().
    void submitted(const WalletDesk::ComplaintDraft &draft);

private:
    void validate();

    ReferenceData m_reference;
    std::optional<qint64> m_accountId;
    QString m_callId;
    std::optional<qint64> m_transactionId;
    // Made in the form's order, which is the Tab order (an editable combo
    // box does not keep its place under QWidget::setTabOrder in Qt 6.4).
    QComboBox *m_channel;
    QComboBox *m_category;
    QComboBox *m_severity;
    QLabel *m_linked;
    QPlainTextEdit *m_description;
    QLineEdit *m_wants;
    QLabel *m_deadline;
    QLabel *m_problem;
};

} // namespace WalletDesk
