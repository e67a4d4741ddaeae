// "Pengaduan per wilayah": case-service's areas as a bar chart, with how an area is read from the
// free-text address, so staff know why a complaint sits under "Lainnya".
import { areaRows, type AreaCount } from '../../domain/analytics.ts';
import { CountChart } from './charts.tsx';

export function AreaBreakdown({ areas }: { areas: readonly AreaCount[] }) {
  const rows = areaRows(areas);
  return (
    <div className="space-y-2">
      <CountChart testId="area-chart" name="Pengaduan" rows={rows} />
      {rows.length > 0 && (
        <p className="text-xs text-muted-foreground">
          Wilayah dibaca dari alamat pengaduan: dusun, lalu RW, perumahan, jalan, lalu gang. “Lainnya”: alamat
          tanpa nama wilayah (misalnya hanya patokan).
        </p>
      )}
    </div>
  );
}
