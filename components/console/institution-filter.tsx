// The 金融機関 filter of the console's search forms (連携の検索, 監査ログ): the institutions of the
// operator's scope, or すべて.
export function InstitutionFilter({ institutions, value }: { institutions: { id: string; name: string }[]; value: string | undefined }) {
  return (
    <label>金融機関
      <select name="institutionId" defaultValue={value} className="block rounded-theme border px-2 py-1">
        <option value="">すべて</option>
        {institutions.map((i) => <option key={i.id} value={i.id}>{i.name}</option>)}
      </select>
    </label>
  );
}
