// The authorization server's error codes as an aggregator meets them: status, where, what it means and
// what to do — for /docs and the OpenAPI document. Every code lib/oauth/errors/oauth-errors.ts and lib/endpoints/ can
// write is here (lib/api/openapi.test.ts checks), plus the ones that come back on the redirect_uri.
export type TOAuthErrorDoc = { status: string; where: string; meaning: string; action: string };

export const OAUTH_ERROR_CODES: Record<string, TOAuthErrorDoc> = {
  invalid_request: { status: "400", where: "PAR・トークン・失効・イントロスペクション", meaning: "必須パラメータがない、形式が違う、同じパラメータが2回ある、PKCE が S256 でない等。許されないメソッドは 405（Allow ヘッダー付き）", action: "error_description の項目を直して送り直す" },
  invalid_client: { status: "401", where: "PAR・トークン・失効・イントロスペクション", meaning: "クライアント認証に失敗（client_assertion の署名・aud・exp・jti の再使用、証明書のサブジェクト不一致、停止中のクライアント）", action: "aud は issuer、exp は10分以内、jti は毎回新しく。停止中なら金融機関に問い合わせる" },
  invalid_grant: { status: "400", where: "トークン", meaning: "認可コードが無効・期限切れ（60秒）・使用済み、redirect_uri や code_verifier の不一致、連携の停止・期限切れ、baseline の使用済みリフレッシュトークン", action: "お客さまに連携をやり直してもらう。使用済みのコード（baseline では使用済みのリフレッシュトークン）を送ると、その連携のトークンはすべて失効する" },
  unauthorized_client: { status: "400", where: "PAR・トークン", meaning: "このクライアントに許されていない grant_type や channel。または baseline のクライアントの利用期限切れ・金融機関が baseline を終了（error_description に期限の日付）", action: "登録内容（grant_types・channels）を確認する。baseline なら security_profile fapi2 で登録し直すか、金融機関に fapi2 への切り替えを依頼する" },
  unsupported_response_type: { status: "400", where: "PAR", meaning: "response_type が code でない", action: "response_type=code にする" },
  invalid_authorization_details: { status: "400", where: "PAR", meaning: "authorization_details（RFC 9396）が JSON の配列でない、または type が account_information でない", action: "authorization_details を直すか省く" },
  unsupported_grant_type: { status: "400", where: "トークン", meaning: "authorization_code・refresh_token 以外の grant_type", action: "grant_type を直す" },
  invalid_scope: { status: "400", where: "PAR・トークン", meaning: "scope がない、または balances・transactions 以外を含む", action: "scope=balances transactions（どちらか一方でも可）" },
  invalid_dpop_proof: { status: "400", where: "PAR・トークン", meaning: "DPoP ヘッダーがない、または DPoP 証明が不正（typ・alg・htm・htu・iat・jti の再使用）", action: "リクエストごとに新しい DPoP 証明を作る。htu はクエリなしの URL" },
  use_dpop_nonce: { status: "400", where: "PAR・トークン", meaning: "DPoP 証明に金融機関のナンスが必要（古い、またはナンス必須の設定）。応答の DPoP-Nonce ヘッダーに新しいナンスがある", action: "DPoP-Nonce の値を nonce クレームに入れた証明で、同じリクエストを1回送り直す" },
  invalid_grant_id: { status: "400", where: "PAR", meaning: "grant_management_action=replace の grant_id が不明、他のクライアントのもの、または有効でない", action: "トークン応答の grant_id を使う。新しい連携なら grant_id を付けない" },
  invalid_redirect_uri: { status: "400", where: "登録", meaning: "redirect_uris に https でない URL（デモ環境の localhost を除く。デモ以外ではループバックのホストは https でも不可）やフラグメント付きの URL がある", action: "https の URL を完全な形で登録する" },
  invalid_client_metadata: { status: "400", where: "登録", meaning: "登録内容の不足・誤り（aggregator_name・aggregator_registration_number・jwks 等）。error_description に項目名", action: "error_description の項目を直して送り直す" },
  invalid_token: { status: "401", where: "登録・連携（grants）", meaning: "登録：初期アクセストークンがない、無効、失効済み、期限切れ、または他の金融機関のもの。grants：アクセストークンが無効・期限切れ", action: "登録は金融機関から受け取った初期アクセストークンを Authorization: Bearer で。grants はリフレッシュトークンで取り直したアクセストークンを Authorization: DPoP で" },
  unsupported_token_type: { status: "400", where: "失効", meaning: "token_type_hint が access_token・refresh_token 以外", action: "token_type_hint を直すか省く" },
  not_found: { status: "404", where: "連携（grants）", meaning: "grant_id が不明、または他のクライアントの連携", action: "トークン応答の grant_id を使う" },
  temporarily_unavailable: { status: "503 / 429", where: "すべて（429 は登録・トークン・PAR）", meaning: "503：金融機関側のデータベース、または（PAR・認可画面で）勘定系・IB システムに一時的につながらない。認可画面からは error=temporarily_unavailable でリダイレクトされる。トークン・イントロスペクション・失効の各エンドポイントは勘定系を呼ばない。429：登録の回数が上限を超えた（初期アクセストークンごと・送信元アドレスごと）、またはトークン・PAR の呼び出しがこのクライアントの1分あたりの上限を超えた（RateLimit-Policy の \"oauth\"）。どちらも Retry-After ヘッダー付き", action: "Retry-After の秒数のあとに再試行する" },
  server_error: { status: "500", where: "すべて", meaning: "金融機関側の一時的な障害（詳細は返さない）", action: "時間をおいて再試行する" },
  access_denied: { status: "（redirect_uri へ）", where: "認可（お客さまの画面）", meaning: "お客さまがキャンセルした。redirect_uri?error=access_denied&state&iss で戻る", action: "お客さまにサービス側で案内する" },
};
