#pragma once

#include <QDateTime>
#include <QDialog>

#include <optional>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace WalletDesk {

// Scheduling a callback on a call: the number to call (the caller's, as the
// pop gave it), when (in the call center's time, whatever the PC's zone; a
// few common delays one key away), why, and the account it is about. Works
// offline: the result is queued.
class CallbackDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CallbackDialog(QWidget *parent = nullptr);

    // What the call knows: the number, the account chosen (shown as the
    // header names it) and the call itself.
    void setCall(const QString &phone, std::optional<qint64> accountId, const QString &accountText,
        const QString &callId);

    QString phone() const;
    QString reason() const;
    // In UTC, read as the call center's wall clock.
    QDateTime dueAt() const;
    std::optional<qint64> accountId() const { return m_accountId; }
    QString callId() const { return m_callId; }

    // Queuing failed: the dialog stays open with what was typed, and says why.
    void showProblem(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

Q_SIGNALS:
    // OK on a complete form; whoever queues it closes the dialog (accept())
    // or calls showProblem().
    void submitted();

private:
    void applyDelay(int index);
    void validate();

    std::optional<qint64> m_accountId;
    QString m_callId;
    QLineEdit *m_phone;
    QComboBox *m_delay;
    QDateTimeEdit *m_due;
    QLineEdit *m_reason;
    QLabel *m_account;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace WalletDesk
