#include "ComplaintService.h"

#include "LocalStore.h"
#include "Masking.h"

#include <QUuid>

namespace WalletDesk {

ComplaintService::ComplaintService(LocalStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

QString ComplaintService::queue(const ComplaintDraft &draft)
{
    ComplaintDraft clean = draft;
    clean.description = Masking::redactCardNumbers(draft.description);
    clean.customerRequest = Masking::redactCardNumbers(draft.customerRequest);
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_store->queueComplaint(clean, key);
    Q_EMIT queued(key);
    return key;
}

} // namespace WalletDesk
