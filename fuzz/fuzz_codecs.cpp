// libFuzzer target: the JSON codecs of models/ (T::read through JsonReader,
// decode<T>, decodeItems<T>, toJson) and the saved complaint filter's query.
// Input: one selector byte (which type), then the JSON text. Properties: no
// crash or sanitizer report; whatever decodes encodes to JSON that decodes
// again to an equal value (what the server sends, the console must read).

#include "Account.h"
#include "AccountSummary.h"
#include "ActionRequest.h"
#include "Agent.h"
#include "ApiError.h"
#include "Approval.h"
#include "AuditEntry.h"
#include "BankCard.h"
#include "CallRecord.h"
#include "CallerVerification.h"
#include "Complaint.h"
#include "ComplaintEvent.h"
#include "ComplaintFilter.h"
#include "ComplaintNote.h"
#include "ComplaintReport.h"
#include "DeadlinePolicy.h"
#include "Device.h"
#include "FuzzCheck.h"
#include "LoginAttempt.h"
#include "Money.h"
#include "ReferenceData.h"
#include "ReferenceItems.h"
#include "Transaction.h"

#include <cstddef>
#include <cstdint>

using namespace WalletDesk;

namespace {

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

template<typename T> void roundTrip(const QByteArray &json)
{
    CodecError error;
    const std::optional<T> value = decode<T>(json, &error);
    if (!value) {
        Fuzz::check(
            !error.isNull(), "decode failed without naming an error", QString::fromUtf8(json));
        return;
    }
    const QJsonObject encoded = value->toJson();
    const QByteArray wire = QJsonDocument(encoded).toJson(QJsonDocument::Compact);
    CodecError againError;
    const std::optional<T> again = decode<T>(wire, &againError);
    Fuzz::check(again.has_value(), "a decoded value's own JSON does not decode",
        QStringLiteral("input: %1\nencoded: %2\nerror: %3")
            .arg(QString::fromUtf8(json), QString::fromUtf8(wire), againError.toString()));
    Fuzz::check(*again == *value, "a value changes on a round trip through its JSON",
        QStringLiteral("input: %1\nencoded: %2\nagain: %3")
            .arg(QString::fromUtf8(json), QString::fromUtf8(wire), compact(again->toJson())));
    Fuzz::check(again->toJson() == encoded, "a value's JSON changes on a second round trip",
        QStringLiteral("encoded: %1\nagain: %2")
            .arg(QString::fromUtf8(wire), compact(again->toJson())));

    // The same object as the single item of a page, as the console reads lists.
    const QJsonObject page {{QStringLiteral("items"), QJsonArray {encoded}}};
    CodecError pageError;
    const auto items = decodeItems<T>(page, &pageError);
    Fuzz::check(items && items->size() == 1 && items->first() == *value,
        "a page of one decoded value does not decode",
        QStringLiteral("encoded: %1\nerror: %2")
            .arg(QString::fromUtf8(wire), pageError.toString()));
}

// Unknown or malformed parts are dropped; what is kept survives toQuery.
void complaintFilter(const QByteArray &bytes)
{
    const ComplaintFilter filter = ComplaintFilter::fromQuery(QString::fromUtf8(bytes));
    const ComplaintFilter again = ComplaintFilter::fromQuery(filter.toQuery());
    Fuzz::check(again == filter, "a saved complaint filter changes when saved again",
        QStringLiteral("input: %1\nsaved: %2\nagain: %3")
            .arg(QString::fromUtf8(bytes), filter.toQuery(), again.toQuery()));
}

using Reader = void (*)(const QByteArray &);
constexpr Reader readers[] = {
    roundTrip<Account>,
    roundTrip<AccountSummary>,
    roundTrip<ActionRequest>,
    roundTrip<ActionDraft>,
    roundTrip<Agent>,
    roundTrip<ApiError>,
    roundTrip<Approval>,
    roundTrip<AuditEntry>,
    roundTrip<BankCard>,
    roundTrip<CallRecord>,
    roundTrip<CallerVerification>,
    roundTrip<ComplaintDraft>,
    roundTrip<Complaint>,
    roundTrip<ComplaintEvent>,
    roundTrip<ComplaintNote>,
    roundTrip<ComplaintReport>,
    roundTrip<DeadlinePolicy>,
    roundTrip<Device>,
    roundTrip<LoginAttempt>,
    roundTrip<Money>,
    roundTrip<ReferenceData>,
    roundTrip<CodedName>,
    roundTrip<Category>,
    roundTrip<Holiday>,
    roundTrip<Transaction>,
    complaintFilter,
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const Reader reader = readers[data[0] % std::size(readers)];
    reader(QByteArray(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1)));
    return 0;
}
