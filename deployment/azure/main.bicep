// The first-week lactation companion in Azure: App Service (Linux, Node 24 LTS) running the bot,
// an Azure Bot with the Teams, Web Chat and Direct Line channels, Cosmos DB (serverless, NoSQL)
// reached with a managed identity (no COSMOS_KEY), Key Vault for secrets, Application Insights.
// azuredeploy.json is the same template written as ARM JSON, for deploying without the Bicep CLI.

@description('Region for everything except the Azure Bot, which is global.')
param location string = resourceGroup().location

@description('Short prefix for resource names (letters and digits).')
@minLength(3)
@maxLength(12)
param namePrefix string = 'ammeuke'

@description('UserAssignedMSI: the bot signs in as the managed identity (no password). SingleTenant: an Entra app registration with a client secret.')
@allowed(['UserAssignedMSI', 'SingleTenant'])
param microsoftAppType string = 'UserAssignedMSI'

@description('SingleTenant only: the Application (client) ID of the bot\'s app registration.')
param microsoftAppId string = ''

@description('SingleTenant only: the client secret of that app registration. Stored in Key Vault.')
@secure()
param microsoftAppPassword string = ''

@description('The Direct Line secret for the web chat page (from the bot\'s Direct Line channel after the first deployment). Stored in Key Vault.')
@secure()
param directLineSecret string = ''

@description('The key of each mother\'s stored id (MOTHER_ID_KEY, HMAC-SHA-256), at least 32 characters, e.g. from `openssl rand -base64 48`. Give it on the first deployment; it is stored in Key Vault as MotherIdKey. Leave it out later and the vault keeps the key it has: a new key would make every mother a stranger to the bot.')
@secure()
param motherIdKey string = ''

@description('App Service plan size.')
param appServiceSku string = 'B1'

@description('Azure Bot pricing tier: F0 (free, standard channels) or S1.')
@allowed(['F0', 'S1'])
param botSku string = 'F0'

param cosmosDatabaseName string = 'lactation'
param cosmosContainerName string = 'mothers'

var suffix = uniqueString(resourceGroup().id)
var webAppName = '${namePrefix}-${suffix}'
var botName = '${namePrefix}-bot-${suffix}'
var cosmosAccountName = toLower('${namePrefix}-cosmos-${suffix}')
var keyVaultName = '${take(namePrefix, 8)}-kv-${take(suffix, 10)}'
var usesManagedIdentityForBot = microsoftAppType == 'UserAssignedMSI'
var cosmosDataContributorRoleId = '00000000-0000-0000-0000-000000000002'
var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${namePrefix}-id-${suffix}'
  location: location
}

resource logs 'Microsoft.OperationalInsights/workspaces@2022-10-01' = {
  name: '${namePrefix}-logs-${suffix}'
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 30
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${namePrefix}-ai-${suffix}'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
  }
}

resource cosmos 'Microsoft.DocumentDB/databaseAccounts@2024-05-15' = {
  name: cosmosAccountName
  location: location
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    capabilities: [{ name: 'EnableServerless' }]
    locations: [{ locationName: location, failoverPriority: 0, isZoneRedundant: false }]
    consistencyPolicy: { defaultConsistencyLevel: 'Session' }
    disableLocalAuth: true
    minimalTlsVersion: 'Tls12'
  }
}

resource cosmosDatabase 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-05-15' = {
  parent: cosmos
  name: cosmosDatabaseName
  properties: {
    resource: { id: cosmosDatabaseName }
  }
}

resource cosmosContainer 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-05-15' = {
  parent: cosmosDatabase
  name: cosmosContainerName
  properties: {
    resource: {
      id: cosmosContainerName
      partitionKey: { paths: ['/id'], kind: 'Hash' }
      // -1: TTL is on, documents never expire unless they carry their own ttl.
      defaultTtl: -1
    }
  }
}

resource cosmosDataContributor 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-05-15' = {
  parent: cosmos
  name: guid(cosmos.id, identity.id, cosmosDataContributorRoleId)
  properties: {
    roleDefinitionId: '${cosmos.id}/sqlRoleDefinitions/${cosmosDataContributorRoleId}'
    principalId: identity.properties.principalId
    scope: cosmos.id
  }
}

resource keyVault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: keyVaultName
  location: location
  properties: {
    tenantId: tenant().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
  }
}

resource appPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!usesManagedIdentityForBot) {
  parent: keyVault
  name: 'MicrosoftAppPassword'
  properties: { value: microsoftAppPassword }
}

resource directLineSecretEntry 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(directLineSecret)) {
  parent: keyVault
  name: 'DirectLineSecret'
  properties: { value: directLineSecret }
}

// Written only when given, so that a later deployment without it never replaces the key.
resource motherIdKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(motherIdKey)) {
  parent: keyVault
  name: 'MotherIdKey'
  properties: { value: motherIdKey }
}

resource keyVaultSecretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: keyVault
  name: guid(keyVault.id, identity.id, keyVaultSecretsUserRoleId)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${namePrefix}-plan-${suffix}'
  location: location
  kind: 'linux'
  sku: { name: appServiceSku }
  properties: { reserved: true }
}

var botAppId = usesManagedIdentityForBot ? identity.properties.clientId : microsoftAppId

var baseSettings = [
  { name: 'NODE_ENV', value: 'production' }
  { name: 'STORAGE', value: 'cosmos' }
  { name: 'COSMOS_ENDPOINT', value: cosmos.properties.documentEndpoint }
  { name: 'COSMOS_DATABASE', value: cosmosDatabaseName }
  { name: 'COSMOS_CONTAINER', value: cosmosContainerName }
  { name: 'AZURE_CLIENT_ID', value: identity.properties.clientId }
  { name: 'MicrosoftAppId', value: botAppId }
  { name: 'MicrosoftAppType', value: microsoftAppType }
  { name: 'MicrosoftAppTenantId', value: tenant().tenantId }
  { name: 'DEFAULT_TIMEZONE', value: 'Europe/Oslo' }
  { name: 'DEFAULT_LOCALE', value: 'nb' }
  { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: appInsights.properties.ConnectionString }
  // Unresolved (no such secret yet), App Service passes the reference on as text and the bot refuses to start.
  { name: 'MOTHER_ID_KEY', value: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=MotherIdKey)' }
  { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'false' }
]
var passwordSetting = usesManagedIdentityForBot ? [] : [
  { name: 'MicrosoftAppPassword', value: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=MicrosoftAppPassword)' }
]
var directLineSetting = empty(directLineSecret) ? [] : [
  { name: 'DIRECT_LINE_SECRET', value: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=DirectLineSecret)' }
]

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: webAppName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'NODE|24-lts'
      // What `npm start` runs once it has built (package.json: node config.nodeFlags main).
      // App Service runs this line in a shell script.
      appCommandLine: 'node --max-old-space-size=128 --max-semi-space-size=2 --no-maglev dist/src/index.js'
      alwaysOn: true
      healthCheckPath: '/healthz'
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: concat(baseSettings, passwordSetting, directLineSetting)
    }
  }
  dependsOn: [
    keyVaultSecretsUser
    motherIdKeySecret
    cosmosDataContributor
    cosmosContainer
  ]
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  kind: 'azurebot'
  sku: { name: botSku }
  properties: {
    displayName: 'Første ammeuke'
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppId: botAppId
    msaAppType: microsoftAppType
    msaAppTenantId: tenant().tenantId
    msaAppMSIResourceId: usesManagedIdentityForBot ? identity.id : null
    developerAppInsightsApplicationId: appInsights.properties.AppId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: { isEnabled: true }
  }
}

resource directLineChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        { siteName: 'Web chat page', isEnabled: true, isV1Enabled: false, isV3Enabled: true, isSecureSiteEnabled: false }
      ]
    }
  }
}

resource webChatChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'WebChatChannel'
  location: 'global'
  properties: {
    channelName: 'WebChatChannel'
    properties: {
      sites: [{ siteName: 'Default Site', isEnabled: true, isWebchatPreviewEnabled: true }]
    }
  }
}

output webAppName string = webApp.name
output webAppHostName string = webApp.properties.defaultHostName
output messagingEndpoint string = bot.properties.endpoint
output botName string = bot.name
output microsoftAppId string = botAppId
output keyVaultName string = keyVault.name
output cosmosEndpoint string = cosmos.properties.documentEndpoint
