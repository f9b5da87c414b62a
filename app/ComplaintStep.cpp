#include "ComplaintStep.h"

namespace WalletDesk {

QString ComplaintStep::name() const
{
    switch (kind) {
    case Kind::Assign:
        return tr("assign");
    case Kind::Escalate:
        return tr("escalate");
    case Kind::Resolve:
        return tr("resolve");
    case Kind::Reopen:
        return tr("reopen");
    case Kind::Extend:
        return tr("extend the deadline");
    }
    return {};
}

} // namespace WalletDesk
