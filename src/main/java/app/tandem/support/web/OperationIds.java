package app.tandem.support.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * Names an API operation for what it does, from its controller and handler method, so that a
 * generated client reads {@code listInsights()} and {@code deleteKpiMeasurement()}, not {@code
 * get_1()}. The controller names the resource ({@code KpiApiController}: {@code Kpi}); a method
 * that starts with a verb ({@code deleteMeasurement}) gets the resource after the verb ({@code
 * deleteKpiMeasurement}), unless the rest names it already; a method named for a thing ({@code
 * measurements}) is read with its HTTP method ({@code GET}: {@code listKpiMeasurements}, plural
 * things listed, one thing got); an export controller's download is {@code exportInsights}. A few names the rule reads wrongly are given in {@link #NAMED}.
 * The names are part of the API: renaming a handler method renames its operation, which {@code
 * ApiContractIT} shows.
 */
final class OperationIds {

    private static final Pattern WORD = Pattern.compile("[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])");

    private static final Set<String> VERBS = Set.of(
            "acknowledge",
            "add",
            "answer",
            "attend",
            "build",
            "cancel",
            "change",
            "close",
            "compare",
            "create",
            "decide",
            "delete",
            "discover",
            "draft",
            "edit",
            "generate",
            "get",
            "import",
            "invite",
            "link",
            "list",
            "mark",
            "merge",
            "note",
            "patch",
            "propose",
            "put",
            "record",
            "remove",
            "rename",
            "renew",
            "replace",
            "request",
            "revoke",
            "route",
            "save",
            "search",
            "split",
            "uninvite",
            "unlink",
            "update");

    /** The resource a controller serves, where its name does not say it. */
    private static final Map<String, String> RESOURCES = Map.of(
            "Me", "My",
            "Import", "Insight",
            "InitiativeReview", "Initiative",
            "Links", "InitiativeLink",
            "CalendarFeed", "Calendar",
            "Discovery", "DiscoverySession",
            "RateLimits", "RateLimits");

    /** Controller and method ({@code Controller.method}) whose operation the rule names wrongly. */
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("MeApiController.me", "getMe"),
            Map.entry("MeApiController.create", "createMyToken"),
            Map.entry("MeApiController.revoke", "revokeMyToken"),
            Map.entry("MyWorkApiController.api", "getMyWork"),
            Map.entry("CalendarFeedController.mine", "getMyCalendar"),
            Map.entry("CalendarFeedController.workspace", "getWorkspaceCalendar"),
            Map.entry("CalendarFeedController.renew", "renewMyCalendarLink"),
            Map.entry("DependencyApiController.delivered", "markDependencyDelivered"),
            Map.entry("ThemeApiController.discover", "discoverThemes"),
            Map.entry("ThemeApiController.add", "addThemeInsights"),
            Map.entry("ThemeApiController.remove", "removeThemeInsight"),
            Map.entry("RoutingApiController.inbox", "getTeamInbox"),
            Map.entry("RoutingApiController.routes", "listInsightRoutes"),
            Map.entry("RoutingApiController.route", "routeInsight"),
            Map.entry("RoutingApiController.acknowledge", "acknowledgeInsightRoute"),
            Map.entry("RoutingApiController.close", "closeInsightRoute"),
            Map.entry("PersonaApiController.draft", "draftSharedPersona"),
            Map.entry("PersonaApiController.buildShared", "buildSharedPersona"),
            Map.entry("PersonaApiController.goalsOf", "listPersonaUserGoals"),
            Map.entry("PersonaApiController.addTo", "addPersonaUserGoal"),
            Map.entry("PersonaApiController.goals", "listUserGoals"),
            Map.entry("PersonaApiController.addGoal", "addUserGoal"),
            Map.entry("PersonaApiController.goal", "getUserGoal"),
            Map.entry("PersonaApiController.replaceGoal", "replaceUserGoal"),
            Map.entry("PersonaApiController.updateGoal", "updateUserGoal"),
            Map.entry("PersonaApiController.deleteGoal", "deleteUserGoal"),
            Map.entry("WorkspaceApiController.invite", "addWorkspaceMember"),
            Map.entry("WorkspaceApiController.addToTeam", "addWorkspaceTeamMember"),
            Map.entry("WorkspaceApiController.removeFromTeam", "removeWorkspaceTeamMember"),
            Map.entry("WorkspaceApiController.changeRole", "changeWorkspaceMemberRole"),
            Map.entry("ReviewApiController.invite", "addReviewer"),
            Map.entry("ReviewApiController.uninvite", "removeReviewer"),
            Map.entry("ReviewApiController.verdict", "replaceMyReviewVerdict"),
            Map.entry("PlanApiController.whatIf", "computePlanWhatIf"),
            Map.entry("KpiApiController.record", "recordKpiMeasurements"),
            // one operation each, taking a body or a file
            Map.entry("KpiApiController.importCsv", "importKpiMeasurements"),
            Map.entry("KpiApiController.importCsvFile", "importKpiMeasurements"),
            Map.entry("ImportApiController.importBody", "importInsights"),
            Map.entry("ImportApiController.importFile", "importInsights"),
            Map.entry("InsightApiController.similar", "listSimilarInsights"),
            Map.entry("InsightApiController.newSince", "listInsightsNewSince"),
            Map.entry("LinksApiController.get", "listInitiativeLinks"),
            Map.entry("LinksApiController.putGoal", "linkInitiativeGoal"),
            Map.entry("LinksApiController.removeGoal", "unlinkInitiativeGoal"),
            Map.entry("LinksApiController.putUserGoal", "linkInitiativeUserGoal"),
            Map.entry("LinksApiController.removeUserGoal", "unlinkInitiativeUserGoal"),
            Map.entry("LinksApiController.putInsight", "linkInitiativeInsight"),
            Map.entry("LinksApiController.removeInsight", "unlinkInitiativeInsight"),
            Map.entry("LinksApiController.putStage", "linkInitiativeStage"),
            Map.entry("LinksApiController.removeStage", "unlinkInitiativeStage"),
            Map.entry("LinksApiController.putPainPoint", "linkInitiativePainPoint"),
            Map.entry("LinksApiController.removePainPoint", "unlinkInitiativePainPoint"),
            Map.entry("CheckInApiController.generate", "generateCheckInAgenda"),
            Map.entry("CheckInApiController.addItem", "addCheckInAgendaItem"),
            Map.entry("CheckInApiController.note", "noteCheckInAgendaItem"),
            Map.entry("CheckInApiController.attend", "recordCheckInAttendance"),
            Map.entry("CheckInApiController.decide", "recordCheckInDecision"),
            Map.entry("DiscoveryApiController.decide", "recordDiscoveryDecision"),
            Map.entry("PlanApiController.compare", "comparePlanSnapshots"),
            Map.entry("KpiImportApiController.importKpis", "importKpis"),
            Map.entry("KpiImportApiController.importKpisFile", "importKpis"),
            Map.entry("InitiativeImportApiController.importInitiatives", "importInitiatives"),
            Map.entry("InitiativeImportApiController.importInitiativesFile", "importInitiatives"),
            Map.entry("WebhookApiController.test", "testWebhook"),
            Map.entry("WebhookApiController.rotate", "rotateWebhookSecret"),
            Map.entry("WebhookApiController.redeliver", "redeliverWebhookDelivery"),
            Map.entry("WebhookSettingsApiController.get", "getWebhookSettings"),
            Map.entry("WebhookSettingsApiController.put", "replaceWebhookSettings"),
            Map.entry("RoadmapApiController.graph", "getInitiativeDependencyGraph"),
            Map.entry("EvidenceApiController.evidenceFor", "getEvidence"),
            Map.entry("DiscoveryApiController.putStatement", "replaceDiscoverySessionStatement"));

    private OperationIds() {}

    static String of(String controller, String method, RequestMethod http) {
        String named = NAMED.get(controller + "." + method);
        if (named != null) {
            return named;
        }
        String resource = resource(controller);
        if (resource.endsWith("Export")) {
            // a download of every record of a kind: exportInsights, exportKpiMeasurements
            return "export" + plural(resource.substring(0, resource.length() - "Export".length()));
        }
        String[] words = words(method);
        String verb;
        String rest;
        if (VERBS.contains(words[0].toLowerCase(Locale.ROOT))) {
            verb = words[0].toLowerCase(Locale.ROOT);
            rest = method.substring(words[0].length());
            rest = rest.isEmpty() ? "" : Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
        } else {
            rest = Character.toUpperCase(method.charAt(0)) + method.substring(1);
            verb = switch (http) {
                case GET -> isPlural(words[words.length - 1]) ? "list" : "get";
                case POST -> "create";
                case PUT -> "replace";
                case PATCH -> "update";
                case DELETE -> "delete";
                default -> http.name().toLowerCase(Locale.ROOT);
            };
        }
        if (rest.toLowerCase(Locale.ROOT).contains(resource.toLowerCase(Locale.ROOT))) {
            return verb + rest;
        }
        boolean many = rest.isEmpty() && (verb.equals("list") || verb.equals("search"));
        return verb + (many ? plural(resource) : resource) + rest;
    }

    /** {@code InsightApiController}: {@code Insight}; {@code UsersApiController}: {@code User}. */
    static String resource(String controller) {
        String name = controller.replaceAll("(Api)?Controller$", "");
        String given = RESOURCES.get(name);
        if (given != null) {
            return given;
        }
        if (name.endsWith("ies")) {
            return name.substring(0, name.length() - 3) + "y";
        }
        return isPlural(name) ? name.substring(0, name.length() - 1) : name;
    }

    private static boolean isPlural(String word) {
        return word.endsWith("s") && !word.endsWith("ss") && !word.equalsIgnoreCase("settings");
    }

    private static String plural(String noun) {
        if (noun.matches(".*[^aeiou]y")) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        return noun.matches(".*(s|x|ch|sh)") ? noun + "es" : noun + "s";
    }

    private static String[] words(String name) {
        Matcher m = WORD.matcher(name);
        List<String> words = new ArrayList<>();
        while (m.find()) {
            words.add(m.group());
        }
        return words.isEmpty() ? new String[] {name} : words.toArray(String[]::new);
    }
}
