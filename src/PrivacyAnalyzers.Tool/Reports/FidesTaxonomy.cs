using System;
using System.Collections.Generic;

namespace PrivacyAnalyzers.Tool.Reports;

/// <summary>
/// The data category keys Fides knows without a declaration: the default fideslang taxonomy (3.x, deprecated keys
/// included because Fides still accepts them), and the names of the PrivacyAnalyzers extension keys that the Fides
/// manifest declares as custom categories.
/// </summary>
internal static class FidesTaxonomy
{
    private static readonly HashSet<string> DefaultCategories = new(StringComparer.Ordinal)
    {
        "system", "system.authentication", "system.operations",
        "user",
        "user.account", "user.account.settings", "user.account.username",
        "user.authorization", "user.authorization.biometric", "user.authorization.biometrics",
        "user.authorization.credentials", "user.authorization.password",
        "user.behavior", "user.behavior.browsing_history", "user.behavior.media_consumption",
        "user.behavior.purchase_history", "user.behavior.search_history",
        "user.biometric", "user.biometric.fingerprint", "user.biometric.health", "user.biometric.retinal", "user.biometric.voice",
        "user.biometrics", "user.biometrics.fingerprint", "user.biometrics.retinal", "user.biometrics.voice",
        "user.children", "user.children.children_under_thirteen", "user.children.thirteen_to_sixteen",
        "user.childrens",
        "user.contact", "user.contact.email", "user.contact.fax_number", "user.contact.organization",
        "user.contact.phone_number", "user.contact.social_url", "user.contact.url",
        "user.contact.address", "user.contact.address.city", "user.contact.address.country",
        "user.contact.address.mailing_address", "user.contact.address.postal_code", "user.contact.address.state",
        "user.contact.address.street",
        "user.content", "user.content.private", "user.content.public", "user.content.self_image",
        "user.criminal_history",
        "user.demographic", "user.demographic.age_range", "user.demographic.citizenship_or_immigration_status",
        "user.demographic.date_of_birth", "user.demographic.gender", "user.demographic.language",
        "user.demographic.marital_status", "user.demographic.philosophical_belief", "user.demographic.political_opinion",
        "user.demographic.profile", "user.demographic.protected_classifications", "user.demographic.race_ethnicity",
        "user.demographic.religious_belief", "user.demographic.sexual_orientation", "user.demographic.union_membership",
        "user.device", "user.device.cookie", "user.device.cookie_id", "user.device.device_id", "user.device.ip_address",
        "user.device.sensor", "user.device.telemetry",
        "user.financial", "user.financial.bank_account", "user.financial.credit_card",
        "user.government_id", "user.government_id.birth_certificate", "user.government_id.drivers_license_number",
        "user.government_id.immigration", "user.government_id.national_identification_number",
        "user.government_id.passport_number", "user.government_id.vehicle_registration",
        "user.health", "user.health.baby_formula", "user.health.condition", "user.health.genetic",
        "user.health.insurance_beneficiary_id", "user.health.maternity_clothing", "user.health.medical_diagnosis",
        "user.health.medications", "user.health.prescriptions", "user.health.record_id",
        "user.health.reproductive_or_sexual", "user.health.social_psychological_behavioral", "user.health.symptons",
        "user.health.treatment",
        "user.health_and_medical", "user.health_and_medical.genetic", "user.health_and_medical.insurance_beneficiary_id",
        "user.health_and_medical.record_id",
        "user.job_title",
        "user.location", "user.location.coarse", "user.location.imprecise", "user.location.precise",
        "user.name", "user.name.first", "user.name.last",
        "user.payment",
        "user.privacy_preferences",
        "user.professional_information", "user.professional_information.job_title",
        "user.professional_information.workplace",
        "user.sensor",
        "user.settings",
        "user.social", "user.social_activity",
        "user.telemetry",
        "user.unique_id", "user.unique_id.deterministic", "user.unique_id.probablistic", "user.unique_id.pseudonymous",
        "user.user_sensor",
        "user.workplace",
    };

    // Names and descriptions of the extension keys of PrivacyAnalyzers.DataCategory.
    private static readonly Dictionary<string, (string Name, string Description)> Extensions = new(StringComparer.Ordinal)
    {
        ["user.device.sim_serial_number"] = ("SIM Serial Number", "Serial number (ICCID) of the user's SIM card."),
        ["user.device.mac_address"] = ("MAC Address", "Hardware address of the user's network interface."),
        ["user.device.imei"] = ("IMEI", "International Mobile Equipment Identity of the user's device."),
        ["user.device.imsi"] = ("IMSI", "International Mobile Subscriber Identity of the user's SIM."),
        ["user.device.wifi_list"] = ("Wi-Fi List", "Nearby Wi-Fi networks (SSID/BSSID) seen by the user's device."),
        ["user.device.name"] = ("Device Name", "Name the user gave their device."),
        ["user.device.model"] = ("Device Model", "Model of the user's device."),
        ["user.device.os_version"] = ("OS Version", "Operating system version of the user's device."),
        ["user.behavior.purchase_history.order_number"] = ("Order Number", "Number of an order the user placed."),
        ["user.behavior.purchase_history.amount"] = ("Transaction Amount", "Amount of a transaction of the user."),
        ["user.behavior.purchase_history.product"] = ("Product", "Product name, number and unit price of a purchase."),
        ["user.behavior.purchase_history.payment_status"] = ("Payment Status", "Payment status of an order of the user."),
        ["user.behavior.login_log"] = ("Login Log", "Login time, result and origin of the user."),
        ["user.behavior.download_log"] = ("Download Log", "Records of what the user downloaded."),
    };

    public static bool IsDefault(string key) => DefaultCategories.Contains(key);

    /// <summary>The PrivacyAnalyzers extension's name and description of <paramref name="key"/>, or null for a key it does not define.</summary>
    public static (string Name, string Description)? Extension(string key) =>
        Extensions.TryGetValue(key, out var extension) ? extension : null;
}
