#pragma once

#include "Callback.h"

#include <QObject>
#include <QPointer>

class QMessageBox;
class QWidget;

namespace WalletDesk {

class CallbackService;

// A callback whose time has come, told in the console without taking the
// agent off a live call: a box that does not block the window, with the
// number, the time (the call center's) and the reason, and what to do:
// call now, in 10 minutes, or done. Closing it leaves the callback in the list.
class CallbackReminder : public QObject
{
    Q_OBJECT

public:
    CallbackReminder(CallbackService *callbacks, QWidget *window);

Q_SIGNALS:
    // The agent chose to call now: the number, and the account it is about.
    void callRequested(
        const QString &phone, std::optional<qint64> accountId, const QString &reason);
    void message(const QString &text);

private:
    void remind(const Callback &callback);

    CallbackService *m_callbacks;
    QWidget *m_window;
};

} // namespace WalletDesk
