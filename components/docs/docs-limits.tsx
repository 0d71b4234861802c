// /docs: 利用上限と利用状況 — the limits a bank sets per aggregator's client (lib/limits/), how a client sees them
// (RateLimit-Policy / RateLimit on every answer, 429 with Retry-After over one), the customer-present header, and
// the client's own usage (POST /api/v1/usage, the same numbers as the bank's CSV).
import { USAGE_CSV_HEADER } from "@/lib/usage/usage-csv";
import type { TEndpoints } from "@/lib/oauth/endpoints/endpoint-urls";
import { C, CodeBlock } from "./code-block";
import { DocsSection } from "./docs-section";

export function DocsLimits({ endpoints }: { endpoints: TEndpoints }) {
  return (
    <DocsSection id="limits" title="利用上限と利用状況">
      <p>金融機関は連携先（クライアント）ごとに呼び出しの上限を決めます（API接続契約で取り決めた値）。上限は次の4つで、0 または未設定は上限なしです。</p>
      <ul className="list-disc space-y-1 pl-6">
        <li><strong>1秒あたり</strong>（<C>&quot;burst&quot;</C>）：参照系API（accounts・balances・transactions）の呼び出し。このクライアントのすべての連携の合計。日本時間の暦の秒ごとに数えます（秒の境目をまたぐと最大2倍まで通ることがあります）。</li>
        <li><strong>1日あたり・お客さまがいないとき</strong>（<C>&quot;daily&quot;</C>）：連携（grant）ごと、日本時間の0時に戻ります。</li>
        <li><strong>1日あたり・お客さまがいるとき</strong>（<C>&quot;daily-present&quot;</C>）：お客さまがその場で操作しているときは <C>x-fapi-customer-ip-address</C> ヘッダーにお客さまの IP アドレスを付けてください（FAPI 1.0 Part 1）。別の、より多い上限で数えます。</li>
        <li><strong>1分あたりのトークン・PAR</strong>（<C>&quot;oauth&quot;</C>）：クライアント認証のあとに数えます。</li>
      </ul>
      <p>API の応答には、このクライアントに上限があれば IETF の RateLimit ヘッダー（draft-ietf-httpapi-ratelimit-headers）が付きます。<C>q</C> は上限、<C>w</C> は窓の秒数、<C>r</C> は残り回数、<C>t</C> は窓が終わるまでの秒数です。</p>
      <CodeBlock label="上限のあるクライアントへの応答ヘッダーの例">{`RateLimit-Policy: "daily";q=1000;w=86400, "burst";q=5;w=1\nRateLimit: "daily";r=997;t=52310, "burst";r=4;t=1`}</CodeBlock>
      <p>上限を超えると <C>429 Too Many Requests</C> と <C>Retry-After</C>（秒）が返ります。API は <C>{`{"errorCode":"rate_limited"}`}</C>、トークン・PAR は RFC 6749 の形で <C>{`{"error":"temporarily_unavailable"}`}</C> です（同じリクエストを Retry-After のあとに送れば通ります。上限を超えた呼び出しは数に入りません）。</p>
      <CodeBlock label="上限を超えたときの API の応答">{`HTTP/1.1 429 Too Many Requests\nRetry-After: 1\nRateLimit-Policy: "burst";q=5;w=1\nRateLimit: "burst";r=0;t=1\n\n{"errorCode":"rate_limited","errorMessage":"リクエストが多すぎます。Retry-After の秒数が過ぎてから再度お試しください。（burst：1秒後から）"}`}</CodeBlock>
      <p>自分の利用状況は <C>{`POST ${endpoints.issuer}/api/v1/usage`}</C> で読めます（クライアント認証はトークンエンドポイントと同じ、<C>month=YYYY-MM</C>）。金融機関が接続料の計算に使う CSV と同じ数字で、操作×日（日本時間）ごとに呼び出し・成功（2xx）・エラー（429 以外の 4xx）・障害（5xx）・上限超過（429）・お客さまがいる呼び出し・p95 応答時間が返ります。金融機関の CSV の列は次のとおりです。</p>
      <CodeBlock label="金融機関の利用状況 CSV の見出し行">{USAGE_CSV_HEADER}</CodeBlock>
    </DocsSection>
  );
}
