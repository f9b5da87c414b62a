#pragma once

#include <QDialog>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace WalletDesk {

class CallbackService;

// The agent's scheduled callbacks, earliest first, including those still
// waiting to reach the server: when (the call center's time), the number,
// why and the account. From here the agent calls, postpones, marks done or
// cancels one. The list follows the service as it changes.
class CallbacksView : public QDialog
{
    Q_OBJECT

public:
    // accountText names a linked account (its masked number), empty when unknown.
    CallbacksView(CallbackService *callbacks, std::function<QString(qint64)> accountText,
        QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void callRequested(
        const QString &phone, std::optional<qint64> accountId, const QString &reason);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void updateButtons();
    qint64 selectedId() const;
    void retranslateUi();

    CallbackService *m_callbacks;
    std::function<QString(qint64)> m_accountText;
    QLabel *m_caption;
    QTableWidget *m_table;
    QLabel *m_problem;
    QPushButton *m_call;
    QPushButton *m_later;
    QPushButton *m_done;
    QPushButton *m_cancel;
    QPushButton *m_close;
};

} // namespace WalletDesk
