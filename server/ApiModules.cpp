#include "ApiModules.h"

#include "AccountsApi.h"
#include "ActionsApi.h"
#include "AttachmentsApi.h"
#include "AuditApi.h"
#include "AuthApi.h"
#include "CalendarApi.h"
#include "CallbacksApi.h"
#include "CallsApi.h"
#include "ChangesApi.h"
#include "ComplaintsApi.h"
#include "ExportsApi.h"
#include "PresenceApi.h"
#include "ReferenceApi.h"
#include "ReportsApi.h"
#include "StaffApi.h"
#include "TransactionsApi.h"
#include "VerificationApi.h"
#include "WallboardApi.h"

namespace WalletDesk::Server {

namespace {
template<typename Module> std::shared_ptr<void> mount(const ServerContext &ctx, Router &router)
{
    auto module = std::make_shared<Module>(ctx);
    module->registerRoutes(router);
    return module;
}
} // namespace

std::vector<std::shared_ptr<void>> mountApiModules(const ServerContext &ctx, Router &router)
{
    auto auth = std::make_shared<AuthApi>(ctx);
    auth->registerRoutes(router);
    router.setAuthenticator([auth](const QByteArray &token) { return auth->authenticate(token); });
    return {auth, mount<AccountsApi>(ctx, router), mount<TransactionsApi>(ctx, router),
        mount<VerificationApi>(ctx, router), mount<ActionsApi>(ctx, router),
        mount<ComplaintsApi>(ctx, router), mount<AttachmentsApi>(ctx, router),
        mount<CallsApi>(ctx, router), mount<CallbacksApi>(ctx, router),
        mount<ExportsApi>(ctx, router), mount<ChangesApi>(ctx, router),
        mount<AuditApi>(ctx, router), mount<ReportsApi>(ctx, router),
        mount<ReferenceApi>(ctx, router), mount<PresenceApi>(ctx, router),
        mount<WallboardApi>(ctx, router), mount<StaffApi>(ctx, router),
        mount<CalendarApi>(ctx, router)};
}

} // namespace WalletDesk::Server
