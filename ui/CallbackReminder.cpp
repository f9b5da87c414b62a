#include "CallbackReminder.h"

#include "Accessibility.h"
#include "CallbackService.h"
#include "DisplayNames.h"
#include "WorkingCalendar.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>

namespace WalletDesk {

CallbackReminder::CallbackReminder(CallbackService *callbacks, QWidget *window)
    : QObject(window)
    , m_callbacks(callbacks)
    , m_window(window)
{
    connect(m_callbacks, &CallbackService::due, this, &CallbackReminder::remind);
}

void CallbackReminder::remind(const Callback &callback)
{
    // One box per callback: by its number once the server gave one, else by
    // what makes it that callback (several may wait unsent, all numbered 0).
    const QString name = callback.id != 0 ? QStringLiteral("callbackDue-%1").arg(callback.id)
                                          : QStringLiteral("callbackDue-%1-%2")
                                                .arg(callback.phone)
                                                .arg(callback.dueAt.toMSecsSinceEpoch());
    if (m_window->findChild<QMessageBox *>(name))
        return; // already on screen
    auto *box = new QMessageBox(m_window);
    box->setObjectName(name);
    box->setAttribute(Qt::WA_DeleteOnClose);
    // Not modal: the agent may be on a call, and the window stays usable.
    box->setWindowModality(Qt::NonModal);
    box->setIcon(QMessageBox::Information);
    box->setWindowTitle(tr("Callback due"));
    const QString when
        = callback.dueAt.toTimeZone(CallCenterTime::zone()).toString(QStringLiteral("HH:mm"));
    box->setText(
        tr("Callback due at %1 (%3): %2").arg(when, callback.phone, DisplayNames::zoneName()));
    box->setInformativeText(callback.reason);
    QPushButton *call = box->addButton(tr("&Call now"), QMessageBox::AcceptRole);
    call->setObjectName(QStringLiteral("callbackCallNow"));
    QPushButton *later = box->addButton(tr("In &10 minutes"), QMessageBox::ActionRole);
    later->setObjectName(QStringLiteral("callbackLater"));
    QPushButton *done = box->addButton(tr("&Done"), QMessageBox::ActionRole);
    done->setObjectName(QStringLiteral("callbackDone"));
    QPushButton *close = box->addButton(tr("Close"), QMessageBox::RejectRole);
    close->setObjectName(QStringLiteral("callbackClose"));
    for (QAbstractButton *b : box->buttons())
        Accessibility::nameAfterText(b);
    // A callback the server has not had yet cannot be changed: the box
    // offers only the call (it stays in the list until it is sent).
    later->setVisible(callback.id != 0);
    done->setVisible(callback.id != 0);
    box->setDefaultButton(call);
    box->setEscapeButton(close);
    const qint64 id = callback.id;
    connect(box, &QMessageBox::buttonClicked, this,
        [this, id, callback, call, later, done](QAbstractButton *clicked) {
            if (clicked == call) {
                Q_EMIT callRequested(callback.phone, callback.accountId, callback.reason);
            } else if (clicked == later) {
                if (m_callbacks->reschedule(id, QDateTime::currentDateTimeUtc().addSecs(600)))
                    Q_EMIT message(tr("Callback moved to 10 minutes from now."));
            } else if (clicked == done) {
                if (m_callbacks->markDone(id))
                    Q_EMIT message(tr("Callback marked done."));
            }
        });
    box->show();
    QApplication::alert(m_window);
}

} // namespace WalletDesk
