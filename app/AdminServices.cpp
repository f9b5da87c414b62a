#include "AdminServices.h"

#include "CalendarAdmin.h"
#include "StaffDirectory.h"

namespace WalletDesk {

AdminServices::AdminServices(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_staff(new StaffDirectory(api, this))
    , m_calendar(new CalendarAdmin(api, this))
{
    m_staff->refresh();
    m_calendar->load();
}

} // namespace WalletDesk
